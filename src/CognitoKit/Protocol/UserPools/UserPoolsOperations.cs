namespace CognitoKit.Protocol.UserPools;

/// <summary>
/// Every user-pools operation CognitoKit calls, with its signing and retry safety (see <see cref="CognitoOperation"/>).
/// </summary>
internal static class UserPoolsOperations
{
    /// <summary>Not safe to repeat: Creates the user and sends a confirmation code; a repeat after an unknown outcome answers UsernameExists and may send a second message.</summary>
    public static readonly CognitoOperation SignUp = new(nameof(SignUp), Signed: false, SafeToRepeat: false);

    /// <summary>Not safe to repeat: Consumes the confirmation code; a repeat after success fails because the user is already confirmed.</summary>
    public static readonly CognitoOperation ConfirmSignUp = new(nameof(ConfirmSignUp), Signed: false, SafeToRepeat: false);

    /// <summary>Not safe to repeat: Sends a message and invalidates the previous code; a repeat sends another.</summary>
    public static readonly CognitoOperation ResendConfirmationCode = new(nameof(ResendConfirmationCode), Signed: false, SafeToRepeat: false);

    /// <summary>Safe to repeat: Starting a sign-in again has no lasting effect: a repeat opens a fresh challenge and only its answer reaches the caller (for USER_AUTH with EMAIL_OTP or SMS_OTP the user may get a second code; the latest one is valid).</summary>
    public static readonly CognitoOperation InitiateAuth = new(nameof(InitiateAuth), Signed: false, SafeToRepeat: true);

    /// <summary>Not safe to repeat: The session and any code are single-use; a repeat after success answers NotAuthorized (invalid session) or CodeMismatch.</summary>
    public static readonly CognitoOperation RespondToAuthChallenge = new(nameof(RespondToAuthChallenge), Signed: false, SafeToRepeat: false);

    /// <summary>Not safe to repeat: Sends a reset code and invalidates the previous one.</summary>
    public static readonly CognitoOperation ForgotPassword = new(nameof(ForgotPassword), Signed: false, SafeToRepeat: false);

    /// <summary>Not safe to repeat: Consumes the reset code; a repeat after success answers ExpiredCode or CodeMismatch.</summary>
    public static readonly CognitoOperation ConfirmForgotPassword = new(nameof(ConfirmForgotPassword), Signed: false, SafeToRepeat: false);

    /// <summary>Not safe to repeat: After success the previous password is no longer valid, so a repeat answers NotAuthorized.</summary>
    public static readonly CognitoOperation ChangePassword = new(nameof(ChangePassword), Signed: false, SafeToRepeat: false);

    /// <summary>Safe to repeat: Reads only.</summary>
    public static readonly CognitoOperation GetUser = new(nameof(GetUser), Signed: false, SafeToRepeat: true);

    /// <summary>Not safe to repeat: Changing an email or phone number sends a verification code; a repeat sends another.</summary>
    public static readonly CognitoOperation UpdateUserAttributes = new(nameof(UpdateUserAttributes), Signed: false, SafeToRepeat: false);

    /// <summary>Not safe to repeat: Consumes the verification code.</summary>
    public static readonly CognitoOperation VerifyUserAttribute = new(nameof(VerifyUserAttribute), Signed: false, SafeToRepeat: false);

    /// <summary>Not safe to repeat: Sends a message and invalidates the previous code.</summary>
    public static readonly CognitoOperation GetUserAttributeVerificationCode = new(nameof(GetUserAttributeVerificationCode), Signed: false, SafeToRepeat: false);

    /// <summary>Not safe to repeat: After success the user and the access token are gone, so a repeat answers with an error that hides the success.</summary>
    public static readonly CognitoOperation DeleteUser = new(nameof(DeleteUser), Signed: false, SafeToRepeat: false);

    /// <summary>Safe to repeat: Deleting attributes that are already gone leaves the user as the first call left it.</summary>
    public static readonly CognitoOperation DeleteUserAttributes = new(nameof(DeleteUserAttributes), Signed: false, SafeToRepeat: true);

    /// <summary>Not safe to repeat: After success the access token is revoked, so a repeat answers NotAuthorized that hides the success.</summary>
    public static readonly CognitoOperation GlobalSignOut = new(nameof(GlobalSignOut), Signed: false, SafeToRepeat: false);

    /// <summary>Safe to repeat: Revoking a token that is already revoked succeeds again: the effect and the answer are the same.</summary>
    public static readonly CognitoOperation RevokeToken = new(nameof(RevokeToken), Signed: false, SafeToRepeat: true);

    /// <summary>Safe to repeat: Issues new tokens; with rotation, the rotation grace period exists so a client can repeat after a lost answer (without one the repeat answers RefreshTokenReuse, no worse than the lost answer).</summary>
    public static readonly CognitoOperation GetTokensFromRefreshToken = new(nameof(GetTokensFromRefreshToken), Signed: false, SafeToRepeat: true);

    /// <summary>Safe to repeat: Replaces the pending TOTP secret; only the last answer (the valid secret) reaches the caller.</summary>
    public static readonly CognitoOperation AssociateSoftwareToken = new(nameof(AssociateSoftwareToken), Signed: false, SafeToRepeat: true);

    /// <summary>Not safe to repeat: Consumes the TOTP code and (in MFA_SETUP) the session.</summary>
    public static readonly CognitoOperation VerifySoftwareToken = new(nameof(VerifySoftwareToken), Signed: false, SafeToRepeat: false);

    /// <summary>Safe to repeat: Sets the same preferences again: idempotent.</summary>
    public static readonly CognitoOperation SetUserMFAPreference = new(nameof(SetUserMFAPreference), Signed: false, SafeToRepeat: true);

    /// <summary>Not safe to repeat: A repeat after success answers DeviceKeyExists.</summary>
    public static readonly CognitoOperation ConfirmDevice = new(nameof(ConfirmDevice), Signed: false, SafeToRepeat: false);

    /// <summary>Safe to repeat: Sets the same status again: idempotent.</summary>
    public static readonly CognitoOperation UpdateDeviceStatus = new(nameof(UpdateDeviceStatus), Signed: false, SafeToRepeat: true);

    /// <summary>Not safe to repeat: After success the device is gone, so a repeat answers ResourceNotFound that hides the success.</summary>
    public static readonly CognitoOperation ForgetDevice = new(nameof(ForgetDevice), Signed: false, SafeToRepeat: false);

    /// <summary>Safe to repeat: Reads only.</summary>
    public static readonly CognitoOperation ListDevices = new(nameof(ListDevices), Signed: false, SafeToRepeat: true);

    /// <summary>Safe to repeat: Reads only.</summary>
    public static readonly CognitoOperation GetDevice = new(nameof(GetDevice), Signed: false, SafeToRepeat: true);

    /// <summary>Not safe to repeat: Each call issues a new one-time challenge and replaces the pending one, so only the last options can complete the registration.</summary>
    public static readonly CognitoOperation StartWebAuthnRegistration = new(nameof(StartWebAuthnRegistration), Signed: false, SafeToRepeat: false);

    /// <summary>Not safe to repeat: Consumes the pending challenge; a repeat after success answers WebAuthnChallengeNotFound that hides the success.</summary>
    public static readonly CognitoOperation CompleteWebAuthnRegistration = new(nameof(CompleteWebAuthnRegistration), Signed: false, SafeToRepeat: false);

    /// <summary>Safe to repeat: Reads only.</summary>
    public static readonly CognitoOperation ListWebAuthnCredentials = new(nameof(ListWebAuthnCredentials), Signed: false, SafeToRepeat: true);

    /// <summary>Not safe to repeat: After success the passkey is gone, so a repeat answers ResourceNotFound that hides the success.</summary>
    public static readonly CognitoOperation DeleteWebAuthnCredential = new(nameof(DeleteWebAuthnCredential), Signed: false, SafeToRepeat: false);

    /// <summary>Safe to repeat: Reads only.</summary>
    public static readonly CognitoOperation GetUserAuthFactors = new(nameof(GetUserAuthFactors), Signed: false, SafeToRepeat: true);

    /// <summary>Signed. Not safe to repeat: Creates the user and may send an invitation; a repeat answers UsernameExists.</summary>
    public static readonly CognitoOperation AdminCreateUser = new(nameof(AdminCreateUser), Signed: true, SafeToRepeat: false);

    /// <summary>Signed. Not safe to repeat: After success a repeat answers UserNotFound that hides the success.</summary>
    public static readonly CognitoOperation AdminDeleteUser = new(nameof(AdminDeleteUser), Signed: true, SafeToRepeat: false);

    /// <summary>Signed. Not safe to repeat: After success a repeat answers NotAuthorized (already confirmed).</summary>
    public static readonly CognitoOperation AdminConfirmSignUp = new(nameof(AdminConfirmSignUp), Signed: true, SafeToRepeat: false);

    /// <summary>Signed. Safe to repeat: Reads only.</summary>
    public static readonly CognitoOperation AdminGetUser = new(nameof(AdminGetUser), Signed: true, SafeToRepeat: true);

    /// <summary>Signed. Not safe to repeat: With a password-history policy, setting the same password again answers PasswordHistoryPolicyViolation.</summary>
    public static readonly CognitoOperation AdminSetUserPassword = new(nameof(AdminSetUserPassword), Signed: true, SafeToRepeat: false);

    /// <summary>Signed. Safe to repeat: Signs the user out again with the admin's own credentials: idempotent.</summary>
    public static readonly CognitoOperation AdminUserGlobalSignOut = new(nameof(AdminUserGlobalSignOut), Signed: true, SafeToRepeat: true);

    /// <summary>Signed. Safe to repeat: As InitiateAuth: a repeat opens a fresh challenge.</summary>
    public static readonly CognitoOperation AdminInitiateAuth = new(nameof(AdminInitiateAuth), Signed: true, SafeToRepeat: true);

    /// <summary>Signed. Not safe to repeat: As RespondToAuthChallenge: the session and any code are single-use.</summary>
    public static readonly CognitoOperation AdminRespondToAuthChallenge = new(nameof(AdminRespondToAuthChallenge), Signed: true, SafeToRepeat: false);

    /// <summary>Signed. Safe to repeat: Reads only (the start-up configuration check).</summary>
    public static readonly CognitoOperation DescribeUserPoolClient = new(nameof(DescribeUserPoolClient), Signed: true, SafeToRepeat: true);

    /// <summary>Signed. Not safe to repeat: A repeat after success answers GroupExists that hides the success.</summary>
    public static readonly CognitoOperation CreateGroup = new(nameof(CreateGroup), Signed: true, SafeToRepeat: false);

    /// <summary>Signed. Safe to repeat: Reads only.</summary>
    public static readonly CognitoOperation GetGroup = new(nameof(GetGroup), Signed: true, SafeToRepeat: true);

    /// <summary>Signed. Safe to repeat: Sets the same values again: idempotent.</summary>
    public static readonly CognitoOperation UpdateGroup = new(nameof(UpdateGroup), Signed: true, SafeToRepeat: true);

    /// <summary>Signed. Not safe to repeat: After success the group is gone, so a repeat answers ResourceNotFound that hides the success.</summary>
    public static readonly CognitoOperation DeleteGroup = new(nameof(DeleteGroup), Signed: true, SafeToRepeat: false);

    /// <summary>Signed. Safe to repeat: Reads only.</summary>
    public static readonly CognitoOperation ListGroups = new(nameof(ListGroups), Signed: true, SafeToRepeat: true);

    /// <summary>Signed. Safe to repeat: Adding a member again leaves the group as the first call left it.</summary>
    public static readonly CognitoOperation AdminAddUserToGroup = new(nameof(AdminAddUserToGroup), Signed: true, SafeToRepeat: true);

    /// <summary>Signed. Safe to repeat: Removing a user who is no longer a member succeeds and changes nothing.</summary>
    public static readonly CognitoOperation AdminRemoveUserFromGroup = new(nameof(AdminRemoveUserFromGroup), Signed: true, SafeToRepeat: true);

    /// <summary>Signed. Safe to repeat: Reads only.</summary>
    public static readonly CognitoOperation ListUsersInGroup = new(nameof(ListUsersInGroup), Signed: true, SafeToRepeat: true);

    /// <summary>Signed. Safe to repeat: Reads only.</summary>
    public static readonly CognitoOperation AdminListGroupsForUser = new(nameof(AdminListGroupsForUser), Signed: true, SafeToRepeat: true);

    /// <summary>Signed. Safe to repeat: Reads only.</summary>
    public static readonly CognitoOperation ListUsers = new(nameof(ListUsers), Signed: true, SafeToRepeat: true);

    /// <summary>Signed. Safe to repeat: Disabling a disabled user changes nothing.</summary>
    public static readonly CognitoOperation AdminDisableUser = new(nameof(AdminDisableUser), Signed: true, SafeToRepeat: true);

    /// <summary>Signed. Safe to repeat: Enabling an enabled user changes nothing.</summary>
    public static readonly CognitoOperation AdminEnableUser = new(nameof(AdminEnableUser), Signed: true, SafeToRepeat: true);

    /// <summary>Signed. Not safe to repeat: Sends a reset code and invalidates the previous one; a repeat sends another.</summary>
    public static readonly CognitoOperation AdminResetUserPassword = new(nameof(AdminResetUserPassword), Signed: true, SafeToRepeat: false);

    /// <summary>Signed. Not safe to repeat: Changing an email or phone number sends a verification code; a repeat sends another.</summary>
    public static readonly CognitoOperation AdminUpdateUserAttributes = new(nameof(AdminUpdateUserAttributes), Signed: true, SafeToRepeat: false);

    /// <summary>Every operation above, for tests and documentation.</summary>
    public static readonly IReadOnlyList<CognitoOperation> All = [SignUp, ConfirmSignUp, ResendConfirmationCode, InitiateAuth, RespondToAuthChallenge, ForgotPassword, ConfirmForgotPassword, ChangePassword, GetUser, UpdateUserAttributes, VerifyUserAttribute, GetUserAttributeVerificationCode, DeleteUser, DeleteUserAttributes, GlobalSignOut, RevokeToken, GetTokensFromRefreshToken, AssociateSoftwareToken, VerifySoftwareToken, SetUserMFAPreference, ConfirmDevice, UpdateDeviceStatus, ForgetDevice, ListDevices, GetDevice, AdminCreateUser, AdminDeleteUser, AdminConfirmSignUp, AdminGetUser, AdminSetUserPassword, AdminUserGlobalSignOut, AdminInitiateAuth, AdminRespondToAuthChallenge, DescribeUserPoolClient, StartWebAuthnRegistration, CompleteWebAuthnRegistration, ListWebAuthnCredentials, DeleteWebAuthnCredential, GetUserAuthFactors, CreateGroup, GetGroup, UpdateGroup, DeleteGroup, ListGroups, AdminAddUserToGroup, AdminRemoveUserFromGroup, ListUsersInGroup, AdminListGroupsForUser, ListUsers, AdminDisableUser, AdminEnableUser, AdminResetUserPassword, AdminUpdateUserAttributes];
}
