using CognitoKit.Account;
using CognitoKit.Errors;
using CognitoKit.Protocol.UserPools;
using CognitoKit.Shared;
using CognitoKit.SignIn.Srp;

namespace CognitoKit;

/// <summary>
/// What a signed-in user can do with their own account: password, attributes, MFA, devices, signing out and deleting
/// the account. Created by <see cref="ICognitoKit.Account"/>; each call uses the session's current (refreshed when
/// needed) access token.
/// </summary>
public sealed class CognitoAccount
{
    private readonly AccountContext _context;

    internal CognitoAccount(AccountContext context)
    {
        _context = context;
        Mfa = new CognitoAccountMfa(context);
        Devices = new CognitoAccountDevices(context);
        Passkeys = new CognitoAccountPasskeys(context);
    }

    /// <summary>The session this account acts for.</summary>
    public CognitoSession Session => _context.Session;

    /// <summary>MFA: authenticator-app enrolment and per-method preferences.</summary>
    public CognitoAccountMfa Mfa { get; }

    /// <summary>The user's tracked devices.</summary>
    public CognitoAccountDevices Devices { get; }

    /// <summary>The user's passkeys: register, list, delete.</summary>
    public CognitoAccountPasskeys Passkeys { get; }

    /// <summary>Changes the password (<c>ChangePassword</c>).</summary>
    /// <param name="currentPassword">The password the user has now.</param>
    /// <param name="newPassword">The new password; it must meet the pool's password policy.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the password is changed.</returns>
    /// <exception cref="NotAuthorizedException">The current password is wrong.</exception>
    /// <exception cref="CognitoException">For example <c>InvalidPasswordException</c> or <c>LimitExceededException</c>.</exception>
    public async Task ChangePasswordAsync(string currentPassword, string newPassword, CancellationToken cancellationToken = default)
    {
        InputChecks.Password(currentPassword, nameof(currentPassword));
        InputChecks.Password(newPassword, nameof(newPassword));
        string token = await _context.AccessTokenAsync(cancellationToken).ConfigureAwait(false);
        await _context.Client.ChangePasswordAsync(
            new ChangePasswordRequest { AccessToken = token, PreviousPassword = currentPassword, ProposedPassword = newPassword },
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads the user's attributes and MFA settings (<c>GetUser</c>).</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The user.</returns>
    public async Task<CognitoUser> GetUserAsync(CancellationToken cancellationToken = default)
    {
        string token = await _context.AccessTokenAsync(cancellationToken).ConfigureAwait(false);
        GetUserResponse response = await _context.Client.GetUserAsync(new GetUserRequest { AccessToken = token }, cancellationToken).ConfigureAwait(false);
        return CognitoUser.From(response);
    }

    /// <summary>
    /// Reads what the user can sign in with (<c>GetUserAuthFactors</c>): password, one-time codes, passkeys, and their
    /// MFA methods, for an account page that offers what is missing.
    /// </summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The configured factors.</returns>
    public async Task<CognitoAuthFactors> GetAuthFactorsAsync(CancellationToken cancellationToken = default)
    {
        string token = await _context.AccessTokenAsync(cancellationToken).ConfigureAwait(false);
        GetUserAuthFactorsResponse response = await _context.Client.GetUserAuthFactorsAsync(new GetUserAuthFactorsRequest { AccessToken = token }, cancellationToken).ConfigureAwait(false);
        return CognitoAuthFactors.From(response, Session.Username);
    }

    /// <summary>
    /// Adds or changes attributes (<c>UpdateUserAttributes</c>). Changing <c>email</c> or <c>phone_number</c> sends a
    /// verification code; confirm it with <see cref="VerifyAttributeAsync"/>.
    /// </summary>
    /// <param name="attributes">The attributes to set, by name.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Where verification codes went, one per attribute that needs verifying (often empty).</returns>
    public async Task<IReadOnlyList<CodeDelivery>> UpdateAttributesAsync(IReadOnlyDictionary<string, string> attributes, CancellationToken cancellationToken = default)
    {
        InputChecks.Attributes(attributes, nameof(attributes));
        string token = await _context.AccessTokenAsync(cancellationToken).ConfigureAwait(false);
        UpdateUserAttributesResponse response = await _context.Client.UpdateUserAttributesAsync(
            new UpdateUserAttributesRequest { AccessToken = token, UserAttributes = WireMaps.Attributes(attributes) ?? [] },
            cancellationToken).ConfigureAwait(false);
        return [.. (response.CodeDeliveryDetailsList ?? []).Select(CodeDelivery.From).OfType<CodeDelivery>()];
    }

    /// <summary>Deletes attributes of the user, such as <c>custom:plan</c> or <c>phone_number</c> (<c>DeleteUserAttributes</c>).</summary>
    /// <param name="attributeNames">The attribute names; required and immutable attributes cannot be deleted.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the attributes are gone.</returns>
    /// <exception cref="ArgumentException">The list is empty or holds an empty name.</exception>
    /// <exception cref="InvalidParameterException">Cognito refused to delete one of them (required, immutable or unknown).</exception>
    public async Task DeleteAttributesAsync(IReadOnlyCollection<string> attributeNames, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(attributeNames);
        if (attributeNames.Count == 0)
        {
            throw new ArgumentException("Name at least one attribute to delete.", nameof(attributeNames));
        }

        foreach (string name in attributeNames)
        {
            InputChecks.NotEmpty(name, nameof(attributeNames), "attribute name");
        }

        string token = await _context.AccessTokenAsync(cancellationToken).ConfigureAwait(false);
        await _context.Client.DeleteUserAttributesAsync(
            new DeleteUserAttributesRequest { AccessToken = token, UserAttributeNames = [.. attributeNames] },
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Sends a code to verify an attribute, such as <c>email</c> (<c>GetUserAttributeVerificationCode</c>).</summary>
    /// <param name="attributeName">The attribute to verify: <c>email</c> or <c>phone_number</c>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Where the code went.</returns>
    public async Task<CodeDelivery> SendAttributeVerificationCodeAsync(string attributeName, CancellationToken cancellationToken = default)
    {
        InputChecks.NotEmpty(attributeName, nameof(attributeName), "attribute name");
        string token = await _context.AccessTokenAsync(cancellationToken).ConfigureAwait(false);
        GetUserAttributeVerificationCodeResponse response = await _context.Client.GetUserAttributeVerificationCodeAsync(
            new GetUserAttributeVerificationCodeRequest { AccessToken = token, AttributeName = attributeName },
            cancellationToken).ConfigureAwait(false);
        return CodeDelivery.Required(response.CodeDeliveryDetails, "GetUserAttributeVerificationCode");
    }

    /// <summary>Verifies an attribute with the code the user received (<c>VerifyUserAttribute</c>).</summary>
    /// <param name="attributeName">The attribute: <c>email</c> or <c>phone_number</c>.</param>
    /// <param name="code">The code the user received.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the attribute is verified.</returns>
    /// <exception cref="CognitoException">For example <c>CodeMismatchException</c> or <c>ExpiredCodeException</c>.</exception>
    public async Task VerifyAttributeAsync(string attributeName, string code, CancellationToken cancellationToken = default)
    {
        InputChecks.NotEmpty(attributeName, nameof(attributeName), "attribute name");
        InputChecks.Code(code, nameof(code));
        string token = await _context.AccessTokenAsync(cancellationToken).ConfigureAwait(false);
        await _context.Client.VerifyUserAttributeAsync(
            new VerifyUserAttributeRequest { AccessToken = token, AttributeName = attributeName, Code = code },
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Signs the user out on every device (<c>GlobalSignOut</c>): all their refresh tokens stop working. Ends this
    /// session too, and revokes every ID and access token the user was issued until now: validators sharing the
    /// <see cref="Tokens.ICognitoRevocationList"/> refuse them (<see cref="Tokens.TokenRejectionReason.Revoked"/>).
    /// </summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the user is signed out.</returns>
    public Task SignOutEverywhereAsync(CancellationToken cancellationToken = default) =>
        _context.EndingUserSessionsAsync(
            "The user signed out on every device: sign in again.",
            async (token, ct) => await _context.Client.GlobalSignOutAsync(new GlobalSignOutRequest { AccessToken = token }, ct).ConfigureAwait(false),
            cancellationToken,
            signOut: true);

    /// <summary>
    /// Revokes this session's refresh token (<c>RevokeToken</c>, with the client secret when configured), and the
    /// access tokens issued with it. Ends this session, and revokes its ID and access tokens (their <c>origin_jti</c>):
    /// validators sharing the <see cref="Tokens.ICognitoRevocationList"/> refuse them
    /// (<see cref="Tokens.TokenRejectionReason.Revoked"/>); the user's other sessions are untouched.
    /// </summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the token is revoked.</returns>
    /// <exception cref="InvalidOperationException">The session has no refresh token.</exception>
    public async Task RevokeRefreshTokenAsync(CancellationToken cancellationToken = default)
    {
        _context.ThrowIfEnded();
        CognitoTokens tokens = Session.Tokens;
        string refreshToken = tokens.RefreshToken
            ?? throw new InvalidOperationException("The session has no refresh token to revoke.");
        try
        {
            await _context.App.WithClientSecretAsync(secret => _context.Client.RevokeTokenAsync(
                new RevokeTokenRequest { Token = refreshToken, ClientId = _context.App.ClientId, ClientSecret = secret },
                cancellationToken)).ConfigureAwait(false);
        }
        catch (NotAuthorizedException ex) when (!ClientSecrets.IsSecretRefusal(ex))
        {
            // Cognito no longer knows the token (already revoked or expired): the session cannot continue either way.
            _context.Session.End(new CognitoSessionExpiredException("Cognito no longer accepts this session's refresh token: sign in again.", ex));
            throw;
        }

        _context.EndSession("The session's refresh token was revoked: sign in again.");
        if (_context.Revocations is { } revocations)
        {
            await revocations.RevokeSignInAsync(tokens, cancellationToken).ConfigureAwait(false);
        }

        await Session.Events.SignedOutAsync(Session, everywhere: false).ConfigureAwait(false);
    }

    /// <summary>
    /// Deletes the user's account (<c>DeleteUser</c>) and ends this session. This cannot be undone. Devices the user's
    /// browsers or computers kept become useless; drop the one you hold (for example the device cookie) too. Every ID and
    /// access token the user was issued is revoked, as by <see cref="SignOutEverywhereAsync"/>.
    /// </summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the account is deleted.</returns>
    public async Task DeleteAsync(CancellationToken cancellationToken = default)
    {
        await _context.EndingUserSessionsAsync(
            "The user's account was deleted.",
            async (token, ct) => await _context.Client.DeleteUserAsync(new DeleteUserRequest { AccessToken = token }, ct).ConfigureAwait(false),
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Describes the account by its session.</summary>
    /// <returns>A description with no token.</returns>
    public override string ToString() => $"CognitoAccount {{ Username = {Session.Username} }}";
}
