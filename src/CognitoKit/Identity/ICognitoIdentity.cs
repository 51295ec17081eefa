using CognitoKit.Hosted;

namespace CognitoKit;

/// <summary>
/// AWS credentials from the identity pool (<c>CognitoKit:IdentityPoolId</c>) for signed-in users and guests:
/// <c>cognito.Identity</c>.
/// </summary>
public interface ICognitoIdentity
{
    /// <summary>
    /// Self-renewing AWS credentials for a signed-in user (enhanced flow), for any AWS SDK client. The user keeps one
    /// identity: its id is remembered in the <see cref="ICognitoIdentityIdStore"/>. Nothing is sent until the
    /// credentials are first used.
    /// </summary>
    /// <param name="session">The user's session; its ID token is the login (refreshed first whenever it is due).</param>
    /// <param name="guestIdentityId">The identity this user had as a guest, to carry into their signed-in identity
    /// (Cognito links it on the first fetch, or merges it into the identity the user already has); null for none.</param>
    /// <param name="customRoleArn">A role to ask for when the identity pool chooses roles from the token
    /// (<c>cognito:preferred_role</c> / <c>cognito:roles</c>); null for the pool's choice.</param>
    /// <returns>The credentials.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="session"/> is null.</exception>
    /// <exception cref="ArgumentException">An identity id or role ARN is malformed.</exception>
    /// <exception cref="InvalidOperationException"><c>CognitoKit:IdentityPoolId</c> is not configured.</exception>
    CognitoAWSCredentials ForSession(CognitoSession session, string? guestIdentityId = null, string? customRoleArn = null);

    /// <summary>
    /// Self-renewing AWS credentials for a user who signed in with a social or OIDC provider (Google, Facebook, Sign in
    /// with Apple, Login with Amazon, an OIDC provider), optionally together with a user pool session so one identity
    /// carries both logins (Cognito links them on the first fetch). Nothing is sent until the credentials are first used.
    /// </summary>
    /// <param name="logins">The provider tokens, such as <c>IdentityLogins.Empty.WithGoogle(idToken)</c>. CognitoKit cannot
    /// renew a provider's token: once it expires the identity pool refuses it; use the overload that takes a function to
    /// supply fresh tokens.</param>
    /// <param name="session">A user pool session to send along (its ID token, refreshed when due); null for none.</param>
    /// <param name="customRoleArn">A role to ask for when the identity pool chooses roles from the token; null for the pool's choice.</param>
    /// <returns>The credentials.</returns>
    /// <remarks>The identity id is remembered in the <see cref="ICognitoIdentityIdStore"/> under the session's user when there
    /// is one, else under the first provider (by name) whose user CognitoKit can tell: a JWT's <c>sub</c> (read without
    /// validating it; Cognito validates), or the user id given with a Facebook or Amazon token. Otherwise it is not
    /// remembered beyond this object.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="logins"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="logins"/> is empty and there is no session, or the role ARN is malformed.</exception>
    /// <exception cref="InvalidOperationException"><c>CognitoKit:IdentityPoolId</c> is not configured.</exception>
    CognitoAWSCredentials ForLogins(IdentityLogins logins, CognitoSession? session = null, string? customRoleArn = null);

    /// <summary>
    /// Like <see cref="ForLogins(IdentityLogins, CognitoSession?, string?)"/>, but the provider tokens come from
    /// <paramref name="logins"/>, asked before every fetch from the identity pool (the first one and each renewal), so the
    /// app can hand over a fresh Google or Apple ID token (for example from the provider's SDK's silent sign-in).
    /// </summary>
    /// <param name="logins">Returns the current provider tokens; called with the cancellation of the fetch.</param>
    /// <param name="session">A user pool session to send along; null for none.</param>
    /// <param name="customRoleArn">A role to ask for when the identity pool chooses roles from the token; null for the pool's choice.</param>
    /// <returns>The credentials.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="logins"/> is null.</exception>
    /// <exception cref="ArgumentException">The role ARN is malformed.</exception>
    /// <exception cref="InvalidOperationException"><c>CognitoKit:IdentityPoolId</c> is not configured.</exception>
    CognitoAWSCredentials ForLogins(Func<CancellationToken, ValueTask<IdentityLogins>> logins, CognitoSession? session = null, string? customRoleArn = null);

    /// <summary>
    /// Self-renewing AWS credentials for a guest (an unauthenticated identity), when the identity pool allows guests.
    /// </summary>
    /// <param name="identityId">A guest identity id kept from earlier (for example per visitor); null for this app's guest
    /// identity, created on first use and remembered in the <see cref="ICognitoIdentityIdStore"/>.</param>
    /// <returns>The credentials.</returns>
    /// <exception cref="ArgumentException"><paramref name="identityId"/> is malformed.</exception>
    /// <exception cref="InvalidOperationException"><c>CognitoKit:IdentityPoolId</c> is not configured.</exception>
    CognitoAWSCredentials ForGuest(string? identityId = null);

    /// <summary>
    /// Self-renewing AWS credentials for a new guest identity of its own (made by <c>GetId</c> on first use and remembered
    /// only by the returned object, never in the <see cref="ICognitoIdentityIdStore"/>), when the identity pool allows
    /// guests. On a server, this gives each visitor a guest identity: keep its <see cref="CognitoAWSCredentials.IdentityId"/>
    /// with the visitor's server-side session, come back with <see cref="ForGuest(string?)"/>, and pass it as
    /// <c>guestIdentityId</c> to <see cref="ForSession"/> when that visitor signs in.
    /// </summary>
    /// <returns>The credentials.</returns>
    /// <exception cref="InvalidOperationException"><c>CognitoKit:IdentityPoolId</c> is not configured.</exception>
    CognitoAWSCredentials ForNewGuest();

    /// <summary>
    /// The basic (classic) flow for a signed-in user: <c>GetOpenIdToken</c> for their identity, then STS
    /// <c>AssumeRoleWithWebIdentity</c> for <paramref name="roleArn"/> (STS at <c>CognitoKit:StsEndpoint</c> when set).
    /// The role's trust policy decides; the identity pool's role settings do not apply.
    /// </summary>
    /// <param name="session">The user's session.</param>
    /// <param name="roleArn">The IAM role to assume, such as <c>arn:aws:iam::123456789012:role/app-users</c>.</param>
    /// <param name="cancellationToken">Cancels the calls.</param>
    /// <returns>Credentials for the role; they do not renew themselves.</returns>
    /// <exception cref="CognitoIdentityException">The identity pool refused (see the subclasses).</exception>
    /// <exception cref="Amazon.SecurityToken.AmazonSecurityTokenServiceException">STS refused (for example the role's trust policy).</exception>
    Task<CognitoRoleCredentials> AssumeRoleWithWebIdentityAsync(CognitoSession session, string roleArn, CancellationToken cancellationToken = default);

    /// <summary>The basic (classic) flow for a guest: <c>GetOpenIdToken</c> for the guest identity, then STS <c>AssumeRoleWithWebIdentity</c>.</summary>
    /// <param name="roleArn">The IAM role to assume.</param>
    /// <param name="identityId">A guest identity id kept from earlier; null for this app's guest identity.</param>
    /// <param name="cancellationToken">Cancels the calls.</param>
    /// <returns>Credentials for the role; they do not renew themselves.</returns>
    /// <exception cref="GuestAccessNotAllowedException">The identity pool does not allow guests.</exception>
    Task<CognitoRoleCredentials> AssumeGuestRoleWithWebIdentityAsync(string roleArn, string? identityId = null, CancellationToken cancellationToken = default);
}
