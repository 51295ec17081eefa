using CognitoKit.Hosted;

namespace CognitoKit.Identity;

/// <summary>
/// Where credentials for external logins get their provider tokens: a fixed map, or the app's function that returns
/// fresh ones (CognitoKit cannot refresh a Google or Facebook token itself). Asked before every fetch from Cognito.
/// </summary>
internal sealed class ExternalLoginsSource
{
    private readonly Func<CancellationToken, ValueTask<IdentityLogins>> _get;

    private ExternalLoginsSource(Func<CancellationToken, ValueTask<IdentityLogins>> get) => _get = get;

    public static ExternalLoginsSource Fixed(IdentityLogins logins) => new(_ => ValueTask.FromResult(logins));

    public static ExternalLoginsSource From(Func<CancellationToken, ValueTask<IdentityLogins>> get) => new(get);

    public async ValueTask<IdentityLogins> GetAsync(CancellationToken cancellationToken) =>
        await _get(cancellationToken).ConfigureAwait(false)
        ?? throw new InvalidOperationException("The logins function given to ForLogins returned null; return IdentityLogins with at least one provider token.");
}
