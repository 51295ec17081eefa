using CognitoKit.Testing.Host;
using CognitoKit.Testing.UserPools;

namespace CognitoKit.Testing.Auth;

/// <summary>
/// The sessions of sign-in after sign-up: <c>SignUp</c> returns one to pass to <c>ConfirmSignUp</c>, which returns one to
/// pass to <c>InitiateAuth</c> with <c>USER_AUTH</c>. Each is single-use, expires with the client's AuthSessionValidity, and
/// belongs to one user and one app client. Issued only to clients that allow <c>ALLOW_USER_AUTH</c>.
/// </summary>
internal static class SignUpSessions
{
    /// <summary>The stage of a session returned by SignUp.</summary>
    public const string SignedUp = "SIGN_UP";

    /// <summary>The stage of a session returned by ConfirmSignUp, which InitiateAuth accepts.</summary>
    public const string Confirmed = "SIGN_UP_CONFIRMED";

    public static string? Issue(EmulatorState state, UserPool pool, UserPoolClient client, User user, string stage)
    {
        if (!client.Allows("ALLOW_USER_AUTH"))
        {
            return null;
        }

        return state.AuthSessions.Store(new AuthSession
        {
            PoolId = pool.Id,
            ClientId = client.ClientId,
            Username = user.Username,
            Flow = "USER_AUTH",
            ExpectedChallenge = stage,
            ExpiresAt = state.Now + client.AuthSessionValidity,
        });
    }

    /// <summary>Takes (uses up) a session of <paramref name="stage"/> for <paramref name="user"/>; anything else is refused.</summary>
    public static AuthSession Take(EmulatorState state, UserPoolClient client, User user, string id, string stage)
    {
        var session = state.AuthSessions.Take(id, client.ClientId, state.Now);
        return session.ExpectedChallenge == stage && session.Username == user.Username
            ? session
            : throw AwsServiceException.NotAuthorized("Invalid session for the user.");
    }
}
