using CognitoKit.Events;
using CognitoKit.Protocol.UserPools;
using CognitoKit.Shared;
using CognitoKit.Tokens;
using CognitoKit.Tokens.Revocation;

namespace CognitoKit;

/// <summary>
/// Back-office operations on any user of the pool (<c>Admin*</c>). They are signed with AWS credentials (SigV4), so
/// they belong on a server with IAM permission for <c>cognito-idp:Admin*</c>, never in a client app.
/// </summary>
public sealed partial class CognitoAdmin
{
    private readonly IUserPoolsClient _client;
    private readonly AppClient _app;
    private readonly CognitoRevocationRecorder? _revocations;

    internal CognitoAdmin(IUserPoolsClient client, AppClient app, CognitoRevocationRecorder? revocations = null)
    {
        _client = client;
        _app = app;
        _revocations = revocations;
    }

    /// <summary>Who hears of the sign-outs made here.</summary>
    internal CognitoKitEventHub Events { get; init; } = CognitoKitEventHub.None;

    /// <summary>
    /// Creates a user (<c>AdminCreateUser</c>) who must choose a new password at first sign-in
    /// (<c>NEW_PASSWORD_REQUIRED</c>).
    /// </summary>
    /// <param name="username">The username.</param>
    /// <param name="temporaryPassword">The temporary password; null lets Cognito generate one.</param>
    /// <param name="attributes">Attributes to set, such as <c>email</c> and <c>email_verified</c>; optional.</param>
    /// <param name="suppressInvitation">True to send no invitation message (<c>MessageAction = SUPPRESS</c>).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new user (status <c>FORCE_CHANGE_PASSWORD</c>).</returns>
    public async Task<CognitoUser> CreateUserAsync(
        string username,
        string? temporaryPassword = null,
        IReadOnlyDictionary<string, string>? attributes = null,
        bool suppressInvitation = false,
        CancellationToken cancellationToken = default)
    {
        InputChecks.Username(username, nameof(username));
        if (temporaryPassword is not null)
        {
            InputChecks.Password(temporaryPassword, nameof(temporaryPassword));
        }

        if (attributes is { Count: > 0 })
        {
            InputChecks.Attributes(attributes, nameof(attributes));
        }

        AdminCreateUserResponse response = await _client.AdminCreateUserAsync(
            new AdminCreateUserRequest
            {
                UserPoolId = _app.UserPoolId,
                Username = username,
                TemporaryPassword = temporaryPassword,
                UserAttributes = attributes is null ? null : WireMaps.Attributes(attributes),
                MessageAction = suppressInvitation ? MessageActionType.Suppress : null,
            },
            cancellationToken).ConfigureAwait(false);
        return response.User is { } user
            ? CognitoUser.From(user)
            : throw new CognitoProtocolException("Cognito's AdminCreateUser answer has no User.", null, System.Net.HttpStatusCode.OK);
    }

    /// <summary>
    /// Deletes a user (<c>AdminDeleteUser</c>). This cannot be undone. Every ID and access token the user was issued is
    /// revoked: validators sharing the <see cref="ICognitoRevocationList"/> refuse them (<see cref="TokenRejectionReason.Revoked"/>).
    /// </summary>
    /// <remarks>The user's <c>sub</c> is read first (<c>AdminGetUser</c>, which the credentials must be allowed to call).</remarks>
    /// <param name="username">The username (or an alias the pool accepts).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the user is deleted.</returns>
    /// <exception cref="CognitoException">For example <c>UserNotFoundException</c>.</exception>
    public async Task DeleteUserAsync(string username, CancellationToken cancellationToken = default)
    {
        InputChecks.Username(username, nameof(username));
        string? sub = await SubOfAsync(username, cancellationToken).ConfigureAwait(false);
        await _client.AdminDeleteUserAsync(new AdminDeleteUserRequest { UserPoolId = _app.UserPoolId, Username = username }, cancellationToken).ConfigureAwait(false);
        await RevokeAsync(sub, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Confirms a signed-up user without a code (<c>AdminConfirmSignUp</c>).</summary>
    /// <param name="username">The username.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the user is confirmed.</returns>
    public async Task ConfirmSignUpAsync(string username, CancellationToken cancellationToken = default)
    {
        InputChecks.Username(username, nameof(username));
        await _client.AdminConfirmSignUpAsync(new AdminConfirmSignUpRequest { UserPoolId = _app.UserPoolId, Username = username }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads a user, with status, enabled flag and dates (<c>AdminGetUser</c>).</summary>
    /// <param name="username">The username.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The user.</returns>
    public async Task<CognitoUser> GetUserAsync(string username, CancellationToken cancellationToken = default)
    {
        InputChecks.Username(username, nameof(username));
        AdminGetUserResponse response = await _client.AdminGetUserAsync(new AdminGetUserRequest { UserPoolId = _app.UserPoolId, Username = username }, cancellationToken).ConfigureAwait(false);
        return CognitoUser.From(response);
    }

    /// <summary>Sets a user's password (<c>AdminSetUserPassword</c>).</summary>
    /// <param name="username">The username.</param>
    /// <param name="password">The password.</param>
    /// <param name="permanent">True for a permanent password; false makes it temporary (<c>FORCE_CHANGE_PASSWORD</c>).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the password is set.</returns>
    public async Task SetPasswordAsync(string username, string password, bool permanent, CancellationToken cancellationToken = default)
    {
        InputChecks.Username(username, nameof(username));
        InputChecks.Password(password, nameof(password));
        await _client.AdminSetUserPasswordAsync(
            new AdminSetUserPasswordRequest { UserPoolId = _app.UserPoolId, Username = username, Password = password, Permanent = permanent },
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Signs a user out everywhere (<c>AdminUserGlobalSignOut</c>): their refresh tokens stop working, and every ID and
    /// access token they were issued until now is revoked: validators sharing the <see cref="ICognitoRevocationList"/>
    /// refuse them (<see cref="TokenRejectionReason.Revoked"/>).
    /// </summary>
    /// <remarks>The user's <c>sub</c> is read first (<c>AdminGetUser</c>, which the credentials must be allowed to call).</remarks>
    /// <param name="username">The username (or an alias the pool accepts).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the user is signed out.</returns>
    public async Task SignOutUserAsync(string username, CancellationToken cancellationToken = default)
    {
        InputChecks.Username(username, nameof(username));
        string? sub = await SubOfAsync(username, cancellationToken).ConfigureAwait(false);
        await _client.AdminUserGlobalSignOutAsync(new AdminUserGlobalSignOutRequest { UserPoolId = _app.UserPoolId, Username = username }, cancellationToken).ConfigureAwait(false);
        await RevokeAsync(sub, cancellationToken).ConfigureAwait(false);
        await Events.SignedOutAsync(username, sub).ConfigureAwait(false);
    }

    // The sub, not the name given: tokens carry it, and a name may be an alias or be reused by a later user.
    private async Task<string?> SubOfAsync(string username, CancellationToken cancellationToken)
    {
        if (_revocations is null)
        {
            return null;
        }

        AdminGetUserResponse user = await _client.AdminGetUserAsync(new AdminGetUserRequest { UserPoolId = _app.UserPoolId, Username = username }, cancellationToken).ConfigureAwait(false);
        return CognitoUser.From(user).Sub;
    }

    private Task RevokeAsync(string? sub, CancellationToken cancellationToken) =>
        _revocations is not null && !string.IsNullOrEmpty(sub) ? _revocations.RevokeUserAsync(sub, cancellationToken) : Task.CompletedTask;

    /// <summary>Describes the admin operations by pool.</summary>
    /// <returns>The user pool id.</returns>
    public override string ToString() => $"CognitoAdmin {{ UserPoolId = {_app.UserPoolId} }}";
}
