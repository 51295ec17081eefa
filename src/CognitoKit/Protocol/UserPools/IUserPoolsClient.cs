namespace CognitoKit.Protocol.UserPools;

/// <summary>The user-pools service (<c>cognito-idp</c>), one method per operation; mockable for flow tests.</summary>
internal interface IUserPoolsClient
{
    /// <summary>Calls <c>SignUp</c>.</summary>
    Task<SignUpResponse> SignUpAsync(SignUpRequest request, CancellationToken cancellationToken);

    /// <summary>Calls <c>ConfirmSignUp</c>.</summary>
    Task<ConfirmSignUpResponse> ConfirmSignUpAsync(ConfirmSignUpRequest request, CancellationToken cancellationToken);

    /// <summary>Calls <c>ResendConfirmationCode</c>.</summary>
    Task<ResendConfirmationCodeResponse> ResendConfirmationCodeAsync(ResendConfirmationCodeRequest request, CancellationToken cancellationToken);

    /// <summary>Calls <c>InitiateAuth</c>.</summary>
    Task<InitiateAuthResponse> InitiateAuthAsync(InitiateAuthRequest request, CancellationToken cancellationToken);

    /// <summary>Calls <c>RespondToAuthChallenge</c>.</summary>
    Task<RespondToAuthChallengeResponse> RespondToAuthChallengeAsync(RespondToAuthChallengeRequest request, CancellationToken cancellationToken);

    /// <summary>Calls <c>ForgotPassword</c>.</summary>
    Task<ForgotPasswordResponse> ForgotPasswordAsync(ForgotPasswordRequest request, CancellationToken cancellationToken);

    /// <summary>Calls <c>ConfirmForgotPassword</c>.</summary>
    Task<ConfirmForgotPasswordResponse> ConfirmForgotPasswordAsync(ConfirmForgotPasswordRequest request, CancellationToken cancellationToken);

    /// <summary>Calls <c>ChangePassword</c>.</summary>
    Task<ChangePasswordResponse> ChangePasswordAsync(ChangePasswordRequest request, CancellationToken cancellationToken);

    /// <summary>Calls <c>GetUser</c>.</summary>
    Task<GetUserResponse> GetUserAsync(GetUserRequest request, CancellationToken cancellationToken);

    /// <summary>Calls <c>UpdateUserAttributes</c>.</summary>
    Task<UpdateUserAttributesResponse> UpdateUserAttributesAsync(UpdateUserAttributesRequest request, CancellationToken cancellationToken);

    /// <summary>Calls <c>VerifyUserAttribute</c>.</summary>
    Task<VerifyUserAttributeResponse> VerifyUserAttributeAsync(VerifyUserAttributeRequest request, CancellationToken cancellationToken);

    /// <summary>Calls <c>GetUserAttributeVerificationCode</c>.</summary>
    Task<GetUserAttributeVerificationCodeResponse> GetUserAttributeVerificationCodeAsync(GetUserAttributeVerificationCodeRequest request, CancellationToken cancellationToken);

    /// <summary>Calls <c>DeleteUserAttributes</c>.</summary>
    Task<DeleteUserAttributesResponse> DeleteUserAttributesAsync(DeleteUserAttributesRequest request, CancellationToken cancellationToken);

    /// <summary>Calls <c>DeleteUser</c>.</summary>
    Task<DeleteUserResponse> DeleteUserAsync(DeleteUserRequest request, CancellationToken cancellationToken);

    /// <summary>Calls <c>GlobalSignOut</c>.</summary>
    Task<GlobalSignOutResponse> GlobalSignOutAsync(GlobalSignOutRequest request, CancellationToken cancellationToken);

    /// <summary>Calls <c>RevokeToken</c>.</summary>
    Task<RevokeTokenResponse> RevokeTokenAsync(RevokeTokenRequest request, CancellationToken cancellationToken);

    /// <summary>Calls <c>GetTokensFromRefreshToken</c>.</summary>
    Task<GetTokensFromRefreshTokenResponse> GetTokensFromRefreshTokenAsync(GetTokensFromRefreshTokenRequest request, CancellationToken cancellationToken);

    /// <summary>Calls <c>AssociateSoftwareToken</c>.</summary>
    Task<AssociateSoftwareTokenResponse> AssociateSoftwareTokenAsync(AssociateSoftwareTokenRequest request, CancellationToken cancellationToken);

    /// <summary>Calls <c>VerifySoftwareToken</c>.</summary>
    Task<VerifySoftwareTokenResponse> VerifySoftwareTokenAsync(VerifySoftwareTokenRequest request, CancellationToken cancellationToken);

    /// <summary>Calls <c>SetUserMFAPreference</c>.</summary>
    Task<SetUserMFAPreferenceResponse> SetUserMFAPreferenceAsync(SetUserMFAPreferenceRequest request, CancellationToken cancellationToken);

    /// <summary>Calls <c>ConfirmDevice</c>.</summary>
    Task<ConfirmDeviceResponse> ConfirmDeviceAsync(ConfirmDeviceRequest request, CancellationToken cancellationToken);

    /// <summary>Calls <c>UpdateDeviceStatus</c>.</summary>
    Task<UpdateDeviceStatusResponse> UpdateDeviceStatusAsync(UpdateDeviceStatusRequest request, CancellationToken cancellationToken);

    /// <summary>Calls <c>ForgetDevice</c>.</summary>
    Task<ForgetDeviceResponse> ForgetDeviceAsync(ForgetDeviceRequest request, CancellationToken cancellationToken);

    /// <summary>Calls <c>ListDevices</c>.</summary>
    Task<ListDevicesResponse> ListDevicesAsync(ListDevicesRequest request, CancellationToken cancellationToken);

    /// <summary>Calls <c>GetDevice</c>.</summary>
    Task<GetDeviceResponse> GetDeviceAsync(GetDeviceRequest request, CancellationToken cancellationToken);

    /// <summary>Calls <c>StartWebAuthnRegistration</c>.</summary>
    Task<StartWebAuthnRegistrationResponse> StartWebAuthnRegistrationAsync(StartWebAuthnRegistrationRequest request, CancellationToken cancellationToken);

    /// <summary>Calls <c>CompleteWebAuthnRegistration</c>.</summary>
    Task<CompleteWebAuthnRegistrationResponse> CompleteWebAuthnRegistrationAsync(CompleteWebAuthnRegistrationRequest request, CancellationToken cancellationToken);

    /// <summary>Calls <c>ListWebAuthnCredentials</c>.</summary>
    Task<ListWebAuthnCredentialsResponse> ListWebAuthnCredentialsAsync(ListWebAuthnCredentialsRequest request, CancellationToken cancellationToken);

    /// <summary>Calls <c>DeleteWebAuthnCredential</c>.</summary>
    Task<DeleteWebAuthnCredentialResponse> DeleteWebAuthnCredentialAsync(DeleteWebAuthnCredentialRequest request, CancellationToken cancellationToken);

    /// <summary>Calls <c>GetUserAuthFactors</c>.</summary>
    Task<GetUserAuthFactorsResponse> GetUserAuthFactorsAsync(GetUserAuthFactorsRequest request, CancellationToken cancellationToken);

    /// <summary>Calls <c>AdminCreateUser</c>.</summary>
    Task<AdminCreateUserResponse> AdminCreateUserAsync(AdminCreateUserRequest request, CancellationToken cancellationToken);

    /// <summary>Calls <c>AdminDeleteUser</c>.</summary>
    Task<AdminDeleteUserResponse> AdminDeleteUserAsync(AdminDeleteUserRequest request, CancellationToken cancellationToken);

    /// <summary>Calls <c>AdminConfirmSignUp</c>.</summary>
    Task<AdminConfirmSignUpResponse> AdminConfirmSignUpAsync(AdminConfirmSignUpRequest request, CancellationToken cancellationToken);

    /// <summary>Calls <c>AdminGetUser</c>.</summary>
    Task<AdminGetUserResponse> AdminGetUserAsync(AdminGetUserRequest request, CancellationToken cancellationToken);

    /// <summary>Calls <c>AdminSetUserPassword</c>.</summary>
    Task<AdminSetUserPasswordResponse> AdminSetUserPasswordAsync(AdminSetUserPasswordRequest request, CancellationToken cancellationToken);

    /// <summary>Calls <c>AdminUserGlobalSignOut</c>.</summary>
    Task<AdminUserGlobalSignOutResponse> AdminUserGlobalSignOutAsync(AdminUserGlobalSignOutRequest request, CancellationToken cancellationToken);

    /// <summary>Calls <c>AdminInitiateAuth</c>.</summary>
    Task<AdminInitiateAuthResponse> AdminInitiateAuthAsync(AdminInitiateAuthRequest request, CancellationToken cancellationToken);

    /// <summary>Calls <c>AdminRespondToAuthChallenge</c>.</summary>
    Task<AdminRespondToAuthChallengeResponse> AdminRespondToAuthChallengeAsync(AdminRespondToAuthChallengeRequest request, CancellationToken cancellationToken);

    /// <summary>Calls <c>DescribeUserPoolClient</c>.</summary>
    Task<DescribeUserPoolClientResponse> DescribeUserPoolClientAsync(DescribeUserPoolClientRequest request, CancellationToken cancellationToken);

    /// <summary>Calls <c>CreateGroup</c>.</summary>
    Task<CreateGroupResponse> CreateGroupAsync(CreateGroupRequest request, CancellationToken cancellationToken);

    /// <summary>Calls <c>GetGroup</c>.</summary>
    Task<GetGroupResponse> GetGroupAsync(GetGroupRequest request, CancellationToken cancellationToken);

    /// <summary>Calls <c>UpdateGroup</c>.</summary>
    Task<UpdateGroupResponse> UpdateGroupAsync(UpdateGroupRequest request, CancellationToken cancellationToken);

    /// <summary>Calls <c>DeleteGroup</c>.</summary>
    Task<DeleteGroupResponse> DeleteGroupAsync(DeleteGroupRequest request, CancellationToken cancellationToken);

    /// <summary>Calls <c>ListGroups</c>.</summary>
    Task<ListGroupsResponse> ListGroupsAsync(ListGroupsRequest request, CancellationToken cancellationToken);

    /// <summary>Calls <c>AdminAddUserToGroup</c>.</summary>
    Task<AdminAddUserToGroupResponse> AdminAddUserToGroupAsync(AdminAddUserToGroupRequest request, CancellationToken cancellationToken);

    /// <summary>Calls <c>AdminRemoveUserFromGroup</c>.</summary>
    Task<AdminRemoveUserFromGroupResponse> AdminRemoveUserFromGroupAsync(AdminRemoveUserFromGroupRequest request, CancellationToken cancellationToken);

    /// <summary>Calls <c>ListUsersInGroup</c>.</summary>
    Task<ListUsersInGroupResponse> ListUsersInGroupAsync(ListUsersInGroupRequest request, CancellationToken cancellationToken);

    /// <summary>Calls <c>AdminListGroupsForUser</c>.</summary>
    Task<AdminListGroupsForUserResponse> AdminListGroupsForUserAsync(AdminListGroupsForUserRequest request, CancellationToken cancellationToken);

    /// <summary>Calls <c>ListUsers</c>.</summary>
    Task<ListUsersResponse> ListUsersAsync(ListUsersRequest request, CancellationToken cancellationToken);

    /// <summary>Calls <c>AdminDisableUser</c>.</summary>
    Task<AdminDisableUserResponse> AdminDisableUserAsync(AdminDisableUserRequest request, CancellationToken cancellationToken);

    /// <summary>Calls <c>AdminEnableUser</c>.</summary>
    Task<AdminEnableUserResponse> AdminEnableUserAsync(AdminEnableUserRequest request, CancellationToken cancellationToken);

    /// <summary>Calls <c>AdminResetUserPassword</c>.</summary>
    Task<AdminResetUserPasswordResponse> AdminResetUserPasswordAsync(AdminResetUserPasswordRequest request, CancellationToken cancellationToken);

    /// <summary>Calls <c>AdminUpdateUserAttributes</c>.</summary>
    Task<AdminUpdateUserAttributesResponse> AdminUpdateUserAttributesAsync(AdminUpdateUserAttributesRequest request, CancellationToken cancellationToken);
}
