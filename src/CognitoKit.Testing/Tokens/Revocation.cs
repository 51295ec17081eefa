using CognitoKit.Testing.Host;
using CognitoKit.Testing.UserPools;

namespace CognitoKit.Testing.Tokens;

/// <summary>Ends sign-ins: every token sharing an <c>origin_jti</c> stops working at Cognito's endpoints.</summary>
internal static class Revocation
{
    /// <summary>GlobalSignOut: every sign-in of the user. Call under the pool lock.</summary>
    public static void SignOutEverywhere(EmulatorState state, User user)
    {
        foreach (var origin in user.ActiveOrigins)
        {
            state.RefreshTokens.RevokeOrigin(origin, state.Now);
        }

        user.ActiveOrigins.Clear();
    }

    /// <summary>RevokeToken: one sign-in. Call under the pool lock.</summary>
    public static void Revoke(EmulatorState state, User? user, string originJti)
    {
        state.RefreshTokens.RevokeOrigin(originJti, state.Now);
        user?.ActiveOrigins.Remove(originJti);
    }
}
