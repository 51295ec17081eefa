using System.Text;
using CognitoKit.Errors;
using CognitoKit.Tokens;

namespace CognitoKit.IntegrationTests.CognitoLocal;

/// <summary>
/// The public façade (<c>AddCognitoKit</c> + <see cref="ICognitoKit"/>) against cognito-local, an independent
/// implementation of the user-pools API that CognitoKit's authors did not write. cognito-local has no SRP, so sign-in
/// uses <c>USER_PASSWORD_AUTH</c>; where it differs from Cognito (a wrong password is <c>InvalidPasswordException</c>
/// there), the test accepts both.
/// </summary>
public sealed class CognitoLocalFacadeTests(CognitoLocalFixture peer) : IClassFixture<CognitoLocalFixture>
{
    private const string Password = "Passw0rd!";
    private static readonly CancellationToken None = CancellationToken.None;

    private ICognitoKit Kit => peer.Kit;

    [Fact]
    public async Task SignUp_Confirm_AndPasswordSignIn_IssueTokensForTheUser()
    {
        string username = NewUsername();

        SignUpResult signUp = await Kit.SignUp(username, Password)
            .WithAttribute("email", username + "@example.com")
            .WithClientMetadata("source", "peer-test")
            .SendAsync();
        await Kit.ConfirmSignUp(username, CognitoLocalPeer.FixedCode).SendAsync();
        CognitoSession session = await peer.SignInAsync(username, Password);
        CognitoUser user = await Kit.Account(session).GetUserAsync();

        Assert.False(signUp.IsConfirmed);
        Assert.False(string.IsNullOrEmpty(signUp.UserSub));
        Assert.Equal(username, session.Username);
        Assert.False(string.IsNullOrEmpty(session.Tokens.RefreshToken));
        Assert.Equal(username, user.Username);
        Assert.Equal(signUp.UserSub, user.Sub);
        Assert.Equal(username + "@example.com", user.Attributes["email"]);
    }

    [Fact]
    public async Task Tokens_FromThePeer_ValidateAgainstItsIssuerAndKeys()
    {
        string username = await peer.CreateConfirmedUserAsync(Password);
        CognitoSession session = await peer.SignInAsync(username, Password);

        CognitoTokenValidationResult access = await Kit.Tokens.ValidateAsync(session.Tokens.AccessToken, CognitoTokenUse.Access);
        CognitoTokenValidationResult id = await Kit.Tokens.ValidateAsync(session.Tokens.IdToken, CognitoTokenUse.Id);

        Assert.True(access.IsValid, access.Message);
        Assert.Equal(peer.Endpoint.AbsoluteUri + peer.PoolId, access.Claims!.Issuer);
        Assert.Equal(username, access.Claims.Username);
        Assert.Equal(peer.ClientId, access.Claims.ClientId);
        Assert.True(id.IsValid, id.Message);
        Assert.Equal(CognitoTokenUse.Id, id.Claims!.TokenUse);
    }

    [Fact]
    public async Task Tokens_ATamperedPeerToken_IsRejectedThoughThePeerChecksNoSignature()
    {
        string username = await peer.CreateConfirmedUserAsync(Password);
        CognitoSession session = await peer.SignInAsync(username, Password);
        string payload = Encoding.UTF8.GetString(TestJwt.FromBase64Url(session.Tokens.AccessToken.Split('.')[1])).Replace(username, "someone-else", StringComparison.Ordinal);
        string forged = TestJwt.WithPayload(session.Tokens.AccessToken, payload);

        CognitoTokenValidationResult result = await Kit.Tokens.ValidateAsync(forged, CognitoTokenUse.Access);

        Assert.False(result.IsValid);
        Assert.Equal(TokenRejectionReason.InvalidSignature, result.RejectionReason);
    }

    [Fact]
    public async Task Session_Refresh_ReturnsFreshTokens_UntilTheRefreshTokenIsRevoked()
    {
        string username = await peer.CreateConfirmedUserAsync(Password);
        CognitoSession session = await peer.SignInAsync(username, Password);
        CognitoSession copy = Kit.Sessions.Restore(session.ToSnapshot());

        CognitoTokens refreshed = await session.RefreshAsync();
        await Kit.Account(session).RevokeRefreshTokenAsync();

        Assert.False(string.IsNullOrEmpty(refreshed.AccessToken));
        Assert.True(session.IsEnded);
        await Assert.ThrowsAsync<CognitoSessionExpiredException>(() => copy.RefreshAsync());
    }

    [Fact]
    public async Task ForgotPassword_ThenConfirm_LetsTheUserSignInWithTheNewPassword()
    {
        string username = await peer.CreateConfirmedUserAsync(Password);

        CodeDelivery delivery = await Kit.ForgotPassword(username).SendAsync();
        await Kit.ConfirmForgotPassword(username, CognitoLocalPeer.FixedCode, "N3wPassw0rd!").SendAsync();

        Assert.Equal(CodeDeliveryMedium.Email, delivery.DeliveryMedium);
        Assert.Equal(username, (await peer.SignInAsync(username, "N3wPassw0rd!")).Username);
        await AssertWrongPasswordAsync(() => peer.SignInAsync(username, Password));
    }

    [Fact]
    public async Task ChangePassword_ReplacesThePassword()
    {
        string username = await peer.CreateConfirmedUserAsync(Password);
        CognitoSession session = await peer.SignInAsync(username, Password);

        await Kit.Account(session).ChangePasswordAsync(Password, "Chang3dPass!");

        Assert.Equal(username, (await peer.SignInAsync(username, "Chang3dPass!")).Username);
        await AssertWrongPasswordAsync(() => peer.SignInAsync(username, Password));
    }

    [Fact]
    public async Task UpdateAttributes_IsVisibleThroughGetUser()
    {
        string username = await peer.CreateConfirmedUserAsync(Password);
        CognitoAccount account = Kit.Account(await peer.SignInAsync(username, Password));

        await account.UpdateAttributesAsync(new Dictionary<string, string> { ["given_name"] = "Alice" });
        CognitoUser user = await account.GetUserAsync();

        Assert.Equal("Alice", user.Attributes["given_name"]);
    }

    [Fact]
    public async Task TotpEnrollment_ThenPreferred_MakesSignInAskForAndAcceptTheCode()
    {
        string username = await peer.CreateConfirmedUserAsync(Password);
        CognitoAccount account = Kit.Account(await peer.SignInAsync(username, Password));

        TotpEnrollment enrollment = await account.Mfa.BeginTotpEnrollmentAsync();
        await account.Mfa.CompleteTotpEnrollmentAsync(Totp.Code(enrollment.SecretCode, DateTimeOffset.UtcNow), "Alice's phone");
        await account.Mfa.SetPreferenceAsync(totp: MfaPreference.Preferred);
        SignInStep step = await Kit.SignIn(username, Password).WithPasswordAuth().SendAsync(None);
        var totp = Assert.IsType<TotpCodeRequired>(step);
        SignInStep done = await totp.AnswerAsync(Totp.Code(enrollment.SecretCode, DateTimeOffset.UtcNow), None);

        Assert.Equal(username, Assert.IsType<SignedIn>(done).Session.Username);
    }

    [Fact]
    public async Task AdminCreateUser_SignInAnswersNewPasswordRequired()
    {
        string username = "admin" + Guid.NewGuid().ToString("N")[..10];

        CognitoUser created = await Kit.Admin.CreateUserAsync(username, "Temp0rary!", suppressInvitation: true);
        SignInStep step = await Kit.SignIn(username, "Temp0rary!").WithPasswordAuth().SendAsync(None);

        Assert.Equal("FORCE_CHANGE_PASSWORD", created.Status);
        Assert.IsType<NewPasswordRequired>(step);
    }

    [Fact]
    public async Task Admin_ConfirmSetPasswordGetAndDelete_ActOnTheUser()
    {
        string username = NewUsername();
        await Kit.SignUp(username, Password).WithAttribute("email", username + "@example.com").SendAsync();

        await Kit.Admin.ConfirmSignUpAsync(username);
        await Kit.Admin.SetPasswordAsync(username, "S3tByAdmin!", permanent: true);
        CognitoUser user = await Kit.Admin.GetUserAsync(username);
        CognitoSession session = await peer.SignInAsync(username, "S3tByAdmin!");
        await Kit.Admin.DeleteUserAsync(username);

        Assert.Equal("CONFIRMED", user.Status);
        Assert.Equal(username + "@example.com", user.Attributes["email"]);
        Assert.Equal(username, session.Username);
        var ex = await Assert.ThrowsAnyAsync<CognitoException>(() => Kit.Admin.GetUserAsync(username));
        Assert.Contains(ex.ErrorCode, new[] { "UserNotFoundException", "NotAuthorizedException" });
    }

    [Fact]
    public async Task Delete_RemovesTheUser()
    {
        string username = await peer.CreateConfirmedUserAsync(Password);
        CognitoSession session = await peer.SignInAsync(username, Password);

        await Kit.Account(session).DeleteAsync();

        var ex = await Assert.ThrowsAnyAsync<CognitoException>(() => peer.SignInAsync(username, Password));
        Assert.Contains(ex.ErrorCode, new[] { "NotAuthorizedException", "UserNotFoundException" });
    }

    [Fact]
    public async Task SignUp_OfAnExistingUsername_ThrowsUsernameExists()
    {
        string username = await peer.CreateConfirmedUserAsync(Password);

        var ex = await Assert.ThrowsAsync<UsernameExistsException>(() => Kit.SignUp(username, Password).SendAsync());

        Assert.Equal("UsernameExistsException", ex.ErrorCode);
    }

    [Fact]
    public async Task ConfirmSignUp_WithWrongCode_ThrowsCodeMismatch()
    {
        string username = NewUsername();
        await Kit.SignUp(username, Password).SendAsync();

        var ex = await Assert.ThrowsAsync<CodeMismatchException>(() => Kit.ConfirmSignUp(username, "999999").SendAsync());

        Assert.Equal("CodeMismatchException", ex.ErrorCode);
    }

    [Fact]
    public async Task SignIn_OfAnUnconfirmedUser_ThrowsUserNotConfirmed()
    {
        string username = NewUsername();
        await Kit.SignUp(username, Password).SendAsync();

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

    private static string NewUsername() => "u" + Guid.NewGuid().ToString("N")[..12];

    /// <summary>Cognito answers a wrong password with NotAuthorizedException; cognito-local with InvalidPasswordException.</summary>
    private static async Task AssertWrongPasswordAsync(Func<Task> signIn)
    {
        var ex = await Assert.ThrowsAnyAsync<CognitoException>(signIn);
        Assert.Contains(ex.ErrorCode, new[] { "NotAuthorizedException", "InvalidPasswordException" });
    }
}
