using CognitoKit.Errors;
using CognitoKit.Protocol.UserPools;
using CognitoKit.Shared;
using CognitoKit.Tokens;
using CognitoKit.Tokens.Revocation;

namespace CognitoKit.Account;

/// <summary>What the account operations share: the session, the wire client and the app client.</summary>
internal sealed class AccountContext
{
    public AccountContext(CognitoSession session, IUserPoolsClient client, AppClient app)
    {
        Session = session;
        Client = client;
        App = app;
    }

    public CognitoSession Session { get; }

    public IUserPoolsClient Client { get; }

    public AppClient App { get; }

    /// <summary>Where sign-outs record their revocations; none when the account was built without one.</summary>
    public CognitoRevocationRecorder? Revocations { get; init; }

    /// <summary>A current access token: refreshed first when it is about to expire.</summary>
    public async Task<string> AccessTokenAsync(CancellationToken cancellationToken)
    {
        CognitoTokens tokens = await Session.GetValidTokensAsync(cancellationToken).ConfigureAwait(false);
        return tokens.AccessToken;
    }

    public void ThrowIfEnded()
    {
        if (Session.IsEnded)
        {
            // GetValidTokensAsync throws the reason the session ended.
            _ = Session.GetValidTokensAsync(CancellationToken.None).GetAwaiter().GetResult();
        }
    }

    public void EndSession(string why) => Session.End(new CognitoSessionExpiredException(why));

    /// <summary>
    /// Runs a call that invalidates every token of the user, ends the session and revokes the user's tokens issued so far
    /// (see <see cref="CognitoRevocationRecorder"/>). A <see cref="NotAuthorizedException"/> means the access token was
    /// already revoked, so the session is dead either way: it is ended before rethrowing, and nothing is revoked.
    /// </summary>
    public async Task EndingUserSessionsAsync(string why, Func<string, CancellationToken, Task> call, CancellationToken cancellationToken, bool signOut = false)
    {
        CognitoTokens tokens = await Session.GetValidTokensAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await call(tokens.AccessToken, cancellationToken).ConfigureAwait(false);
        }
        catch (NotAuthorizedException ex)
        {
            Session.End(new CognitoSessionExpiredException("Cognito no longer accepts this session's access token: sign in again.", ex));
            throw;
        }

        EndSession(why);
        if (Revocations is { } revocations)
        {
            await revocations.RevokeUserAsync(tokens, cancellationToken).ConfigureAwait(false);
        }

        if (signOut)
        {
            await Session.Events.SignedOutAsync(Session, everywhere: true).ConfigureAwait(false);
        }
    }
}
