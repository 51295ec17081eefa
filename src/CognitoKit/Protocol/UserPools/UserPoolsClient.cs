namespace CognitoKit.Protocol.UserPools;

/// <summary>The user-pools service (<c>cognito-idp</c>): one method per operation, each a typed call through <see cref="AwsJsonClient"/>.</summary>
internal sealed class UserPoolsClient : IUserPoolsClient
{
    private static readonly CognitoJsonContext Json = CognitoJsonContext.Default;

    private readonly AwsJsonClient _client;
    private readonly ThreatProtectionContext _context;

    public UserPoolsClient(AwsJsonClient client, ThreatProtectionContext? context = null)
    {
        _client = client;
        _context = context ?? ThreatProtectionContext.None;
    }

    public async Task<SignUpResponse> SignUpAsync(SignUpRequest request, CancellationToken cancellationToken)
    {
        request = request with
        {
            UserContextData = request.UserContextData ?? await _context.UserContextAsync(cancellationToken).ConfigureAwait(false),
            AnalyticsMetadata = request.AnalyticsMetadata ?? _context.Analytics,
        };
        return await _client.SendAsync(UserPoolsOperations.SignUp, request, Json.SignUpRequest, Json.SignUpResponse, cancellationToken).ConfigureAwait(false);
    }

    public async Task<ConfirmSignUpResponse> ConfirmSignUpAsync(ConfirmSignUpRequest request, CancellationToken cancellationToken)
    {
        request = request with
        {
            UserContextData = request.UserContextData ?? await _context.UserContextAsync(cancellationToken).ConfigureAwait(false),
            AnalyticsMetadata = request.AnalyticsMetadata ?? _context.Analytics,
        };
        return await _client.SendAsync(UserPoolsOperations.ConfirmSignUp, request, Json.ConfirmSignUpRequest, Json.ConfirmSignUpResponse, cancellationToken).ConfigureAwait(false);
    }

    public async Task<ResendConfirmationCodeResponse> ResendConfirmationCodeAsync(ResendConfirmationCodeRequest request, CancellationToken cancellationToken)
    {
        request = request with
        {
            UserContextData = request.UserContextData ?? await _context.UserContextAsync(cancellationToken).ConfigureAwait(false),
            AnalyticsMetadata = request.AnalyticsMetadata ?? _context.Analytics,
        };
        return await _client.SendAsync(UserPoolsOperations.ResendConfirmationCode, request, Json.ResendConfirmationCodeRequest, Json.ResendConfirmationCodeResponse, cancellationToken).ConfigureAwait(false);
    }

    public async Task<InitiateAuthResponse> InitiateAuthAsync(InitiateAuthRequest request, CancellationToken cancellationToken)
    {
        request = request with
        {
            UserContextData = request.UserContextData ?? await _context.UserContextAsync(cancellationToken).ConfigureAwait(false),
            AnalyticsMetadata = request.AnalyticsMetadata ?? _context.Analytics,
        };
        return await _client.SendAsync(UserPoolsOperations.InitiateAuth, request, Json.InitiateAuthRequest, Json.InitiateAuthResponse, cancellationToken).ConfigureAwait(false);
    }

    public async Task<RespondToAuthChallengeResponse> RespondToAuthChallengeAsync(RespondToAuthChallengeRequest request, CancellationToken cancellationToken)
    {
        request = request with
        {
            UserContextData = request.UserContextData ?? await _context.UserContextAsync(cancellationToken).ConfigureAwait(false),
            AnalyticsMetadata = request.AnalyticsMetadata ?? _context.Analytics,
        };
        return await _client.SendAsync(UserPoolsOperations.RespondToAuthChallenge, request, Json.RespondToAuthChallengeRequest, Json.RespondToAuthChallengeResponse, cancellationToken).ConfigureAwait(false);
    }

    public async Task<ForgotPasswordResponse> ForgotPasswordAsync(ForgotPasswordRequest request, CancellationToken cancellationToken)
    {
        request = request with
        {
            UserContextData = request.UserContextData ?? await _context.UserContextAsync(cancellationToken).ConfigureAwait(false),
            AnalyticsMetadata = request.AnalyticsMetadata ?? _context.Analytics,
        };
        return await _client.SendAsync(UserPoolsOperations.ForgotPassword, request, Json.ForgotPasswordRequest, Json.ForgotPasswordResponse, cancellationToken).ConfigureAwait(false);
    }

    public async Task<ConfirmForgotPasswordResponse> ConfirmForgotPasswordAsync(ConfirmForgotPasswordRequest request, CancellationToken cancellationToken)
    {
        request = request with
        {
            UserContextData = request.UserContextData ?? await _context.UserContextAsync(cancellationToken).ConfigureAwait(false),
            AnalyticsMetadata = request.AnalyticsMetadata ?? _context.Analytics,
        };
        return await _client.SendAsync(UserPoolsOperations.ConfirmForgotPassword, request, Json.ConfirmForgotPasswordRequest, Json.ConfirmForgotPasswordResponse, cancellationToken).ConfigureAwait(false);
    }

    public Task<ChangePasswordResponse> ChangePasswordAsync(ChangePasswordRequest request, CancellationToken cancellationToken) =>
        _client.SendAsync(UserPoolsOperations.ChangePassword, request, Json.ChangePasswordRequest, Json.ChangePasswordResponse, cancellationToken);

    public Task<GetUserResponse> GetUserAsync(GetUserRequest request, CancellationToken cancellationToken) =>
        _client.SendAsync(UserPoolsOperations.GetUser, request, Json.GetUserRequest, Json.GetUserResponse, cancellationToken);

    public Task<UpdateUserAttributesResponse> UpdateUserAttributesAsync(UpdateUserAttributesRequest request, CancellationToken cancellationToken) =>
        _client.SendAsync(UserPoolsOperations.UpdateUserAttributes, request, Json.UpdateUserAttributesRequest, Json.UpdateUserAttributesResponse, cancellationToken);

    public Task<VerifyUserAttributeResponse> VerifyUserAttributeAsync(VerifyUserAttributeRequest request, CancellationToken cancellationToken) =>
        _client.SendAsync(UserPoolsOperations.VerifyUserAttribute, request, Json.VerifyUserAttributeRequest, Json.VerifyUserAttributeResponse, cancellationToken);

    public Task<GetUserAttributeVerificationCodeResponse> GetUserAttributeVerificationCodeAsync(GetUserAttributeVerificationCodeRequest request, CancellationToken cancellationToken) =>
        _client.SendAsync(UserPoolsOperations.GetUserAttributeVerificationCode, request, Json.GetUserAttributeVerificationCodeRequest, Json.GetUserAttributeVerificationCodeResponse, cancellationToken);

    public Task<DeleteUserAttributesResponse> DeleteUserAttributesAsync(DeleteUserAttributesRequest request, CancellationToken cancellationToken) =>
        _client.SendAsync(UserPoolsOperations.DeleteUserAttributes, request, Json.DeleteUserAttributesRequest, Json.DeleteUserAttributesResponse, cancellationToken);

    public Task<DeleteUserResponse> DeleteUserAsync(DeleteUserRequest request, CancellationToken cancellationToken) =>
        _client.SendAsync(UserPoolsOperations.DeleteUser, request, Json.DeleteUserRequest, Json.DeleteUserResponse, cancellationToken);

    public Task<GlobalSignOutResponse> GlobalSignOutAsync(GlobalSignOutRequest request, CancellationToken cancellationToken) =>
        _client.SendAsync(UserPoolsOperations.GlobalSignOut, request, Json.GlobalSignOutRequest, Json.GlobalSignOutResponse, cancellationToken);

    public Task<RevokeTokenResponse> RevokeTokenAsync(RevokeTokenRequest request, CancellationToken cancellationToken) =>
        _client.SendAsync(UserPoolsOperations.RevokeToken, request, Json.RevokeTokenRequest, Json.RevokeTokenResponse, cancellationToken);

    public Task<GetTokensFromRefreshTokenResponse> GetTokensFromRefreshTokenAsync(GetTokensFromRefreshTokenRequest request, CancellationToken cancellationToken) =>
        _client.SendAsync(UserPoolsOperations.GetTokensFromRefreshToken, request, Json.GetTokensFromRefreshTokenRequest, Json.GetTokensFromRefreshTokenResponse, cancellationToken);

    public Task<AssociateSoftwareTokenResponse> AssociateSoftwareTokenAsync(AssociateSoftwareTokenRequest request, CancellationToken cancellationToken) =>
        _client.SendAsync(UserPoolsOperations.AssociateSoftwareToken, request, Json.AssociateSoftwareTokenRequest, Json.AssociateSoftwareTokenResponse, cancellationToken);

    public Task<VerifySoftwareTokenResponse> VerifySoftwareTokenAsync(VerifySoftwareTokenRequest request, CancellationToken cancellationToken) =>
        _client.SendAsync(UserPoolsOperations.VerifySoftwareToken, request, Json.VerifySoftwareTokenRequest, Json.VerifySoftwareTokenResponse, cancellationToken);

    public Task<SetUserMFAPreferenceResponse> SetUserMFAPreferenceAsync(SetUserMFAPreferenceRequest request, CancellationToken cancellationToken) =>
        _client.SendAsync(UserPoolsOperations.SetUserMFAPreference, request, Json.SetUserMFAPreferenceRequest, Json.SetUserMFAPreferenceResponse, cancellationToken);

    public Task<ConfirmDeviceResponse> ConfirmDeviceAsync(ConfirmDeviceRequest request, CancellationToken cancellationToken) =>
        _client.SendAsync(UserPoolsOperations.ConfirmDevice, request, Json.ConfirmDeviceRequest, Json.ConfirmDeviceResponse, cancellationToken);

    public Task<UpdateDeviceStatusResponse> UpdateDeviceStatusAsync(UpdateDeviceStatusRequest request, CancellationToken cancellationToken) =>
        _client.SendAsync(UserPoolsOperations.UpdateDeviceStatus, request, Json.UpdateDeviceStatusRequest, Json.UpdateDeviceStatusResponse, cancellationToken);

    public Task<ForgetDeviceResponse> ForgetDeviceAsync(ForgetDeviceRequest request, CancellationToken cancellationToken) =>
        _client.SendAsync(UserPoolsOperations.ForgetDevice, request, Json.ForgetDeviceRequest, Json.ForgetDeviceResponse, cancellationToken);

    public Task<ListDevicesResponse> ListDevicesAsync(ListDevicesRequest request, CancellationToken cancellationToken) =>
        _client.SendAsync(UserPoolsOperations.ListDevices, request, Json.ListDevicesRequest, Json.ListDevicesResponse, cancellationToken);

    public Task<GetDeviceResponse> GetDeviceAsync(GetDeviceRequest request, CancellationToken cancellationToken) =>
        _client.SendAsync(UserPoolsOperations.GetDevice, request, Json.GetDeviceRequest, Json.GetDeviceResponse, cancellationToken);

    public Task<StartWebAuthnRegistrationResponse> StartWebAuthnRegistrationAsync(StartWebAuthnRegistrationRequest request, CancellationToken cancellationToken) =>
        _client.SendAsync(UserPoolsOperations.StartWebAuthnRegistration, request, Json.StartWebAuthnRegistrationRequest, Json.StartWebAuthnRegistrationResponse, cancellationToken);

    public Task<CompleteWebAuthnRegistrationResponse> CompleteWebAuthnRegistrationAsync(CompleteWebAuthnRegistrationRequest request, CancellationToken cancellationToken) =>
        _client.SendAsync(UserPoolsOperations.CompleteWebAuthnRegistration, request, Json.CompleteWebAuthnRegistrationRequest, Json.CompleteWebAuthnRegistrationResponse, cancellationToken);

    public Task<ListWebAuthnCredentialsResponse> ListWebAuthnCredentialsAsync(ListWebAuthnCredentialsRequest request, CancellationToken cancellationToken) =>
        _client.SendAsync(UserPoolsOperations.ListWebAuthnCredentials, request, Json.ListWebAuthnCredentialsRequest, Json.ListWebAuthnCredentialsResponse, cancellationToken);

    public Task<DeleteWebAuthnCredentialResponse> DeleteWebAuthnCredentialAsync(DeleteWebAuthnCredentialRequest request, CancellationToken cancellationToken) =>
        _client.SendAsync(UserPoolsOperations.DeleteWebAuthnCredential, request, Json.DeleteWebAuthnCredentialRequest, Json.DeleteWebAuthnCredentialResponse, cancellationToken);

    public Task<GetUserAuthFactorsResponse> GetUserAuthFactorsAsync(GetUserAuthFactorsRequest request, CancellationToken cancellationToken) =>
        _client.SendAsync(UserPoolsOperations.GetUserAuthFactors, request, Json.GetUserAuthFactorsRequest, Json.GetUserAuthFactorsResponse, cancellationToken);

    public Task<AdminCreateUserResponse> AdminCreateUserAsync(AdminCreateUserRequest request, CancellationToken cancellationToken) =>
        _client.SendAsync(UserPoolsOperations.AdminCreateUser, request, Json.AdminCreateUserRequest, Json.AdminCreateUserResponse, cancellationToken);

    public Task<AdminDeleteUserResponse> AdminDeleteUserAsync(AdminDeleteUserRequest request, CancellationToken cancellationToken) =>
        _client.SendAsync(UserPoolsOperations.AdminDeleteUser, request, Json.AdminDeleteUserRequest, Json.AdminDeleteUserResponse, cancellationToken);

    public Task<AdminConfirmSignUpResponse> AdminConfirmSignUpAsync(AdminConfirmSignUpRequest request, CancellationToken cancellationToken) =>
        _client.SendAsync(UserPoolsOperations.AdminConfirmSignUp, request, Json.AdminConfirmSignUpRequest, Json.AdminConfirmSignUpResponse, cancellationToken);

    public Task<AdminGetUserResponse> AdminGetUserAsync(AdminGetUserRequest request, CancellationToken cancellationToken) =>
        _client.SendAsync(UserPoolsOperations.AdminGetUser, request, Json.AdminGetUserRequest, Json.AdminGetUserResponse, cancellationToken);

    public Task<AdminSetUserPasswordResponse> AdminSetUserPasswordAsync(AdminSetUserPasswordRequest request, CancellationToken cancellationToken) =>
        _client.SendAsync(UserPoolsOperations.AdminSetUserPassword, request, Json.AdminSetUserPasswordRequest, Json.AdminSetUserPasswordResponse, cancellationToken);

    public Task<AdminUserGlobalSignOutResponse> AdminUserGlobalSignOutAsync(AdminUserGlobalSignOutRequest request, CancellationToken cancellationToken) =>
        _client.SendAsync(UserPoolsOperations.AdminUserGlobalSignOut, request, Json.AdminUserGlobalSignOutRequest, Json.AdminUserGlobalSignOutResponse, cancellationToken);

    public Task<AdminInitiateAuthResponse> AdminInitiateAuthAsync(AdminInitiateAuthRequest request, CancellationToken cancellationToken) =>
        _client.SendAsync(UserPoolsOperations.AdminInitiateAuth, request, Json.AdminInitiateAuthRequest, Json.AdminInitiateAuthResponse, cancellationToken);

    public Task<AdminRespondToAuthChallengeResponse> AdminRespondToAuthChallengeAsync(AdminRespondToAuthChallengeRequest request, CancellationToken cancellationToken) =>
        _client.SendAsync(UserPoolsOperations.AdminRespondToAuthChallenge, request, Json.AdminRespondToAuthChallengeRequest, Json.AdminRespondToAuthChallengeResponse, cancellationToken);

    public Task<DescribeUserPoolClientResponse> DescribeUserPoolClientAsync(DescribeUserPoolClientRequest request, CancellationToken cancellationToken) =>
        _client.SendAsync(UserPoolsOperations.DescribeUserPoolClient, request, Json.DescribeUserPoolClientRequest, Json.DescribeUserPoolClientResponse, cancellationToken);

    public Task<CreateGroupResponse> CreateGroupAsync(CreateGroupRequest request, CancellationToken cancellationToken) =>
        _client.SendAsync(UserPoolsOperations.CreateGroup, request, Json.CreateGroupRequest, Json.CreateGroupResponse, cancellationToken);

    public Task<GetGroupResponse> GetGroupAsync(GetGroupRequest request, CancellationToken cancellationToken) =>
        _client.SendAsync(UserPoolsOperations.GetGroup, request, Json.GetGroupRequest, Json.GetGroupResponse, cancellationToken);

    public Task<UpdateGroupResponse> UpdateGroupAsync(UpdateGroupRequest request, CancellationToken cancellationToken) =>
        _client.SendAsync(UserPoolsOperations.UpdateGroup, request, Json.UpdateGroupRequest, Json.UpdateGroupResponse, cancellationToken);

    public Task<DeleteGroupResponse> DeleteGroupAsync(DeleteGroupRequest request, CancellationToken cancellationToken) =>
        _client.SendAsync(UserPoolsOperations.DeleteGroup, request, Json.DeleteGroupRequest, Json.DeleteGroupResponse, cancellationToken);

    public Task<ListGroupsResponse> ListGroupsAsync(ListGroupsRequest request, CancellationToken cancellationToken) =>
        _client.SendAsync(UserPoolsOperations.ListGroups, request, Json.ListGroupsRequest, Json.ListGroupsResponse, cancellationToken);

    public Task<AdminAddUserToGroupResponse> AdminAddUserToGroupAsync(AdminAddUserToGroupRequest request, CancellationToken cancellationToken) =>
        _client.SendAsync(UserPoolsOperations.AdminAddUserToGroup, request, Json.AdminAddUserToGroupRequest, Json.AdminAddUserToGroupResponse, cancellationToken);

    public Task<AdminRemoveUserFromGroupResponse> AdminRemoveUserFromGroupAsync(AdminRemoveUserFromGroupRequest request, CancellationToken cancellationToken) =>
        _client.SendAsync(UserPoolsOperations.AdminRemoveUserFromGroup, request, Json.AdminRemoveUserFromGroupRequest, Json.AdminRemoveUserFromGroupResponse, cancellationToken);

    public Task<ListUsersInGroupResponse> ListUsersInGroupAsync(ListUsersInGroupRequest request, CancellationToken cancellationToken) =>
        _client.SendAsync(UserPoolsOperations.ListUsersInGroup, request, Json.ListUsersInGroupRequest, Json.ListUsersInGroupResponse, cancellationToken);

    public Task<AdminListGroupsForUserResponse> AdminListGroupsForUserAsync(AdminListGroupsForUserRequest request, CancellationToken cancellationToken) =>
        _client.SendAsync(UserPoolsOperations.AdminListGroupsForUser, request, Json.AdminListGroupsForUserRequest, Json.AdminListGroupsForUserResponse, cancellationToken);

    public Task<ListUsersResponse> ListUsersAsync(ListUsersRequest request, CancellationToken cancellationToken) =>
        _client.SendAsync(UserPoolsOperations.ListUsers, request, Json.ListUsersRequest, Json.ListUsersResponse, cancellationToken);

    public Task<AdminDisableUserResponse> AdminDisableUserAsync(AdminDisableUserRequest request, CancellationToken cancellationToken) =>
        _client.SendAsync(UserPoolsOperations.AdminDisableUser, request, Json.AdminDisableUserRequest, Json.AdminDisableUserResponse, cancellationToken);

    public Task<AdminEnableUserResponse> AdminEnableUserAsync(AdminEnableUserRequest request, CancellationToken cancellationToken) =>
        _client.SendAsync(UserPoolsOperations.AdminEnableUser, request, Json.AdminEnableUserRequest, Json.AdminEnableUserResponse, cancellationToken);

    public Task<AdminResetUserPasswordResponse> AdminResetUserPasswordAsync(AdminResetUserPasswordRequest request, CancellationToken cancellationToken) =>
        _client.SendAsync(UserPoolsOperations.AdminResetUserPassword, request, Json.AdminResetUserPasswordRequest, Json.AdminResetUserPasswordResponse, cancellationToken);

    public Task<AdminUpdateUserAttributesResponse> AdminUpdateUserAttributesAsync(AdminUpdateUserAttributesRequest request, CancellationToken cancellationToken) =>
        _client.SendAsync(UserPoolsOperations.AdminUpdateUserAttributes, request, Json.AdminUpdateUserAttributesRequest, Json.AdminUpdateUserAttributesResponse, cancellationToken);
}
