using System.Numerics;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using CognitoKit.Testing.Srp;

namespace CognitoKit.Testing.UserPools;

/// <summary>
/// Stand-ins for users that do not exist, used when the client has PreventUserExistenceErrors ENABLED: an SRP
/// verifier (so USER_SRP_AUTH answers a PASSWORD_VERIFIER challenge), a USER_ID_FOR_SRP and a code destination.
/// Each is derived from a per-pool random seed and the login, so repeated requests see the same salt and
/// destination, as they would for a real user, and nobody outside the emulator can tell them from real ones.
/// </summary>
internal static class UnknownUserDecoys
{
    /// <summary>A stable salt and verifier; nobody knows the password behind them, so every claim fails.</summary>
    public static SrpVerifier Verifier(UserPool pool, string login)
    {
        var salt = SrpGroup.FromBytes(Derive(pool, "salt", login).AsSpan(0, 16));
        var x = SrpGroup.FromBytes(Derive(pool, "x", login));
        return new SrpVerifier(salt, GroupArithmetic.PowG(x));
    }

    /// <summary>The login itself, or a stable version-4 UUID where users are named by their sub (email or phone as user name).</summary>
    public static string UserIdForSrp(UserPool pool, string login)
    {
        if (pool.UsernameAttributes.Count == 0)
        {
            return login;
        }

        var bytes = Derive(pool, "sub", login).AsSpan(0, 16).ToArray();
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes).ToString();
    }

    /// <summary>
    /// CodeDeliveryDetails for a code that was never sent: the medium follows the login's format (an email address,
    /// a phone number) and otherwise the pool's auto-verified attributes; the masked destination is stable per login.
    /// </summary>
    public static JsonObject CodeDelivery(UserPool pool, string login)
    {
        var seed = Derive(pool, "destination", login);
        var looksLikeEmail = login.Contains('@', StringComparison.Ordinal);
        var looksLikePhone = login.StartsWith('+') && login.Length > 5 && login[1..].All(char.IsAsciiDigit);
        var useSms = looksLikePhone || (!looksLikeEmail && !pool.AutoVerifiedAttributes.Contains("email") && pool.AutoVerifiedAttributes.Contains("phone_number"));
        if (useSms)
        {
            var phone = looksLikePhone ? login : "+1" + string.Concat(seed.Take(10).Select(b => (char)('0' + (b % 10))));
            return UserPools.CodeDelivery.Details(phone, "SMS", "phone_number");
        }

        var email = looksLikeEmail ? login : $"{login[0]}@{(char)('a' + (seed[0] % 26))}.com";
        return UserPools.CodeDelivery.Details(email, "EMAIL", "email");
    }

    private static byte[] Derive(UserPool pool, string purpose, string login)
    {
        var normalized = pool.CaseSensitive ? login : login.ToUpperInvariant();
        return HMACSHA256.HashData(pool.DecoySeed, Encoding.UTF8.GetBytes(purpose + "\n" + normalized));
    }
}
