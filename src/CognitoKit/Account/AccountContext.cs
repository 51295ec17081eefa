using CognitoKit.Errors;
using CognitoKit.Protocol.UserPools;
using CognitoKit.Shared;

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
    /// Runs a call that invalidates the user's tokens and then ends the session. A <see cref="NotAuthorizedException"/>
    /// means the access token was already revoked, so the session is dead either way: it is ended before rethrowing.
    /// </summary>
    public async Task EndingSessionAsync(string why, Func<string, CancellationToken, Task> call, CancellationToken cancellationToken)
    {
        string token = await AccessTokenAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await call(token, cancellationToken).ConfigureAwait(false);
        }
        catch (NotAuthorizedException ex)
        {
            Session.End(new CognitoSessionExpiredException("Cognito no longer accepts this session's access token: sign in again.", ex));
            throw;
        }

        EndSession(why);
    }
}
