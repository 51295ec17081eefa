using CognitoKit.Protocol.UserPools;

namespace CognitoKit.IntegrationTests.CognitoLocal;

/// <summary>
/// CognitoKit's wire client against cognito-local, an independent implementation of the user-pools API. Where
/// cognito-local differs from Cognito (a wrong password is <c>InvalidPasswordException</c> there), the test accepts both.
/// </summary>
public sealed class CognitoLocalWireTests(CognitoLocalFixture peer) : IClassFixture<CognitoLocalFixture>
{
    private const string Password = "Passw0rd!";
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task SignUp_Confirm_AndPasswordSignIn_IssueTokensForTheUser()
    {
        string username = "u" + Guid.NewGuid().ToString("N")[..12];

        SignUpResponse signUp = await peer.Client.SignUpAsync(
            new SignUpRequest
            {
                ClientId = peer.ClientId,
                Username = username,
                Password = Password,
                UserAttributes = [new AttributeType { Name = "email", Value = username + "@example.com" }],
                ClientMetadata = new Dictionary<string, string> { ["source"] = "peer-test" },
            },
            None);
        await peer.Client.ConfirmSignUpAsync(new ConfirmSignUpRequest { ClientId = peer.ClientId, Username = username, ConfirmationCode = CognitoLocalPeer.FixedCode }, None);
        AuthenticationResultType tokens = await peer.SignInAsync(username, Password);

        Assert.False(signUp.UserConfirmed);
        Assert.False(string.IsNullOrEmpty(signUp.UserSub));
        Assert.False(string.IsNullOrEmpty(tokens.AccessToken));
        Assert.False(string.IsNullOrEmpty(tokens.RefreshToken));
        GetUserResponse user = await peer.Client.GetUserAsync(new GetUserRequest { AccessToken = tokens.AccessToken! }, None);
        Assert.Equal(username, user.Username);
        Assert.Contains(user.UserAttributes!, a => a.Name == "sub" && a.Value == signUp.UserSub);
    }

    [Fact]
    public async Task RefreshTokenAuth_ReturnsFreshTokens_UntilTheRefreshTokenIsRevoked()
    {
        string username = await peer.CreateConfirmedUserAsync(Password);
        AuthenticationResultType first = await peer.SignInAsync(username, Password);

        InitiateAuthResponse refreshed = await peer.Client.InitiateAuthAsync(Refresh(first.RefreshToken!), None);
        await peer.Client.RevokeTokenAsync(new RevokeTokenRequest { ClientId = peer.ClientId, Token = first.RefreshToken! }, None);

        Assert.False(string.IsNullOrEmpty(refreshed.AuthenticationResult?.AccessToken));
        await Assert.ThrowsAsync<NotAuthorizedException>(() => peer.Client.InitiateAuthAsync(Refresh(first.RefreshToken!), None));
    }

    [Fact]
    public async Task ForgotPassword_ThenConfirm_LetsTheUserSignInWithTheNewPassword()
    {
        string username = await peer.CreateConfirmedUserAsync(Password);

        ForgotPasswordResponse forgot = await peer.Client.ForgotPasswordAsync(new ForgotPasswordRequest { ClientId = peer.ClientId, Username = username }, None);
        await peer.Client.ConfirmForgotPasswordAsync(
            new ConfirmForgotPasswordRequest { ClientId = peer.ClientId, Username = username, ConfirmationCode = CognitoLocalPeer.FixedCode, Password = "N3wPassw0rd!" },
            None);

        Assert.NotNull(forgot.CodeDeliveryDetails);
        Assert.False(string.IsNullOrEmpty((await peer.SignInAsync(username, "N3wPassw0rd!")).AccessToken));
        await AssertWrongPasswordAsync(() => peer.SignInAsync(username, Password));
    }

    [Fact]
    public async Task ChangePassword_ReplacesThePassword()
    {
        string username = await peer.CreateConfirmedUserAsync(Password);
        AuthenticationResultType tokens = await peer.SignInAsync(username, Password);

        await peer.Client.ChangePasswordAsync(new ChangePasswordRequest { AccessToken = tokens.AccessToken!, PreviousPassword = Password, ProposedPassword = "Chang3dPass!" }, None);

        Assert.False(string.IsNullOrEmpty((await peer.SignInAsync(username, "Chang3dPass!")).AccessToken));
        await AssertWrongPasswordAsync(() => peer.SignInAsync(username, Password));
    }

    [Fact]
    public async Task UpdateUserAttributes_IsVisibleThroughGetUser()
    {
        string username = await peer.CreateConfirmedUserAsync(Password);
        AuthenticationResultType tokens = await peer.SignInAsync(username, Password);

        await peer.Client.UpdateUserAttributesAsync(
            new UpdateUserAttributesRequest { AccessToken = tokens.AccessToken!, UserAttributes = [new AttributeType { Name = "given_name", Value = "Alice" }] },
            None);
        GetUserResponse user = await peer.Client.GetUserAsync(new GetUserRequest { AccessToken = tokens.AccessToken! }, None);

        Assert.Contains(user.UserAttributes!, a => a.Name == "given_name" && a.Value == "Alice");
    }

    [Fact]
    public async Task SoftwareToken_AssociateVerifyAndPrefer_ThenSignInAsksForAndAcceptsTheCode()
    {
        string username = await peer.CreateConfirmedUserAsync(Password);
        AuthenticationResultType tokens = await peer.SignInAsync(username, Password);

        AssociateSoftwareTokenResponse associated = await peer.Client.AssociateSoftwareTokenAsync(new AssociateSoftwareTokenRequest { AccessToken = tokens.AccessToken }, None);
        VerifySoftwareTokenResponse verified = await peer.Client.VerifySoftwareTokenAsync(
            new VerifySoftwareTokenRequest { AccessToken = tokens.AccessToken, UserCode = Totp.Code(associated.SecretCode!, DateTimeOffset.UtcNow), FriendlyDeviceName = "Alice's phone" },
            None);
        await peer.Client.SetUserMFAPreferenceAsync(
            new SetUserMFAPreferenceRequest { AccessToken = tokens.AccessToken!, SoftwareTokenMfaSettings = new SoftwareTokenMfaSettingsType { Enabled = true, PreferredMfa = true } },
            None);
        InitiateAuthResponse challenge = await peer.Client.InitiateAuthAsync(PasswordAuth(username, Password), None);
        RespondToAuthChallengeResponse answered = await peer.Client.RespondToAuthChallengeAsync(
            new RespondToAuthChallengeRequest
            {
                ClientId = peer.ClientId,
                ChallengeName = "SOFTWARE_TOKEN_MFA",
                Session = challenge.Session,
                ChallengeResponses = new Dictionary<string, string> { ["USERNAME"] = username, ["SOFTWARE_TOKEN_MFA_CODE"] = Totp.Code(associated.SecretCode!, DateTimeOffset.UtcNow) },
            },
            None);

        Assert.Equal("SUCCESS", verified.Status);
        Assert.Equal("SOFTWARE_TOKEN_MFA", challenge.ChallengeName);
        Assert.False(string.IsNullOrEmpty(answered.AuthenticationResult?.AccessToken));
    }

    [Fact]
    public async Task AdminCreateUser_SignInAnswersNewPasswordRequired()
    {
        string username = "admin" + Guid.NewGuid().ToString("N")[..10];

        AdminCreateUserResponse created = await peer.Client.AdminCreateUserAsync(
            new AdminCreateUserRequest { UserPoolId = peer.PoolId, Username = username, TemporaryPassword = "Temp0rary!", MessageAction = "SUPPRESS" },
            None);
        InitiateAuthResponse response = await peer.Client.InitiateAuthAsync(PasswordAuth(username, "Temp0rary!"), None);

        Assert.Equal("FORCE_CHANGE_PASSWORD", created.User?.UserStatus);
        Assert.Equal("NEW_PASSWORD_REQUIRED", response.ChallengeName);
        Assert.Null(response.AuthenticationResult);
    }

    [Fact]
    public async Task DeleteUser_RemovesTheUser()
    {
        string username = await peer.CreateConfirmedUserAsync(Password);
        AuthenticationResultType tokens = await peer.SignInAsync(username, Password);

        await peer.Client.DeleteUserAsync(new DeleteUserRequest { AccessToken = tokens.AccessToken! }, None);

        var ex = await Assert.ThrowsAnyAsync<CognitoException>(() => peer.SignInAsync(username, Password));
        Assert.Contains(ex.ErrorCode, new[] { "NotAuthorizedException", "UserNotFoundException" });
    }

    [Fact]
    public async Task SignUp_OfAnExistingUsername_ThrowsUsernameExists()
    {
        string username = await peer.CreateConfirmedUserAsync(Password);

        var ex = await Assert.ThrowsAsync<UsernameExistsException>(() => peer.Client.SignUpAsync(new SignUpRequest { ClientId = peer.ClientId, Username = username, Password = Password }, None));

        Assert.Equal("UsernameExistsException", ex.ErrorCode);
    }

    [Fact]
    public async Task ConfirmSignUp_WithWrongCode_ThrowsCodeMismatch()
    {
        string username = "u" + Guid.NewGuid().ToString("N")[..12];
        await peer.Client.SignUpAsync(new SignUpRequest { ClientId = peer.ClientId, Username = username, Password = Password }, None);

        var ex = await Assert.ThrowsAsync<CodeMismatchException>(() => peer.Client.ConfirmSignUpAsync(
            new ConfirmSignUpRequest { ClientId = peer.ClientId, Username = username, ConfirmationCode = "999999" }, None));

        Assert.Equal("CodeMismatchException", ex.ErrorCode);
    }

    [Fact]
    public async Task SignIn_OfAnUnconfirmedUser_ThrowsUserNotConfirmed()
    {
        string username = "u" + Guid.NewGuid().ToString("N")[..12];
        await peer.Client.SignUpAsync(new SignUpRequest { ClientId = peer.ClientId, Username = username, Password = Password }, None);

        var ex = await Assert.ThrowsAsync<UserNotConfirmedException>(() => peer.SignInAsync(username, Password));

        Assert.Equal("UserNotConfirmedException", ex.ErrorCode);
    }

    [Fact]
    public async Task SignIn_WithAnUnknownUser_ThrowsNotAuthorized()
    {
        await Assert.ThrowsAsync<NotAuthorizedException>(() => peer.SignInAsync("nobody-" + Guid.NewGuid().ToString("N"), Password));
    }

    [Fact]
    public async Task SignIn_WithAWrongPassword_IsRefused()
    {
        string username = await peer.CreateConfirmedUserAsync(Password);

        await AssertWrongPasswordAsync(() => peer.SignInAsync(username, "Wr0ngPassword!"));
    }

    private InitiateAuthRequest Refresh(string refreshToken) => new()
    {
        AuthFlow = "REFRESH_TOKEN_AUTH",
        ClientId = peer.ClientId,
        AuthParameters = new Dictionary<string, string> { ["REFRESH_TOKEN"] = refreshToken },
    };

    private InitiateAuthRequest PasswordAuth(string username, string password) => new()
    {
        AuthFlow = "USER_PASSWORD_AUTH",
        ClientId = peer.ClientId,
        AuthParameters = new Dictionary<string, string> { ["USERNAME"] = username, ["PASSWORD"] = password },
    };

    /// <summary>Cognito answers a wrong password with NotAuthorizedException; cognito-local with InvalidPasswordException.</summary>
    private static async Task AssertWrongPasswordAsync(Func<Task> signIn)
    {
        var ex = await Assert.ThrowsAnyAsync<CognitoException>(signIn);
        Assert.Contains(ex.ErrorCode, new[] { "NotAuthorizedException", "InvalidPasswordException" });
    }
}
