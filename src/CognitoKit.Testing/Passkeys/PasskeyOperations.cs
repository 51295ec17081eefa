using System.Text.Json.Nodes;
using CognitoKit.Testing.Host;
using CognitoKit.Testing.Tokens;
using CognitoKit.Testing.UserPools;

namespace CognitoKit.Testing.Passkeys;

/// <summary>
/// A signed-in user's passkeys: StartWebAuthnRegistration, CompleteWebAuthnRegistration, ListWebAuthnCredentials,
/// DeleteWebAuthnCredential, and GetUserAuthFactors.
/// </summary>
internal static class PasskeyOperations
{
    // ListWebAuthnCredentials: MaxResults 0..20.
    private const int MaxPage = 20;

    public static void Register(EmulatorState state, Dictionary<string, AwsJsonOperation> ops)
    {
        ops["StartWebAuthnRegistration"] = r => SelfServiceOperations.WithToken(state, r, t =>
        {
            EnsureEnabled(t.Pool);
            var options = RelyingParty.CreationOptions(t.Pool, t.User);
            t.User.PendingPasskey = new PendingPasskeyRegistration(options, t.ClientId, state.Now + RelyingParty.OptionsLifetime);
            return new JsonObject { ["CredentialCreationOptions"] = JsonNode.Parse(options) };
        });
        ops["CompleteWebAuthnRegistration"] = r => SelfServiceOperations.WithToken(state, r, t =>
        {
            EnsureEnabled(t.Pool);
            var credential = r.Body["Credential"] as JsonObject
                ?? throw AwsServiceException.InvalidParameter("Credential must be the browser's RegistrationResponseJSON object.");
            var pending = t.User.PendingPasskey;
            if (pending is null || state.Now >= pending.ExpiresAt)
            {
                t.User.PendingPasskey = null;
                throw new AwsServiceException("WebAuthnChallengeNotFoundException", "No passkey registration is pending for the user, or it expired: call StartWebAuthnRegistration again.");
            }

            if (pending.ClientId != t.ClientId)
            {
                throw new AwsServiceException("WebAuthnClientMismatchException", "The access token is for another app client than the one that started the registration.");
            }

            // The challenge is single-use, whatever the outcome.
            t.User.PendingPasskey = null;
            t.User.Passkeys.Add(RelyingParty.Register(t.Pool, t.User, pending, credential, state.Now));
            return null;
        });
        ops["ListWebAuthnCredentials"] = r => SelfServiceOperations.WithToken(state, r, t => List(t, r));
        ops["DeleteWebAuthnCredential"] = r => SelfServiceOperations.WithToken(state, r, t =>
        {
            var id = r.RequiredString("CredentialId");
            var removed = t.User.Passkeys.RemoveAll(p => p.CredentialId == id);
            return removed > 0 ? null : throw AwsServiceException.ResourceNotFound("The user has no passkey with that credential id.");
        });
        ops["GetUserAuthFactors"] = r => SelfServiceOperations.WithToken(state, r, t => AuthFactors(t));
    }

    /// <summary>Whether USER_AUTH offers WEB_AUTHN to this user. Call under the pool's lock.</summary>
    public static bool Offered(UserPool pool, User user) =>
        pool.AllowedFirstAuthFactors.Contains("WEB_AUTHN") && pool.WebAuthn.RelyingPartyId is not null && user.Passkeys.Count > 0
        && (pool.MfaConfiguration != "ON" || (pool.WebAuthn.IsMultiFactor && user.WebAuthnMfaEnabled));

    private static void EnsureEnabled(UserPool pool)
    {
        if (!pool.AllowedFirstAuthFactors.Contains("WEB_AUTHN"))
        {
            throw new AwsServiceException("WebAuthnNotEnabledException", "Passkeys are not enabled for the user pool: its sign-in policy's AllowedFirstAuthFactors lacks WEB_AUTHN.");
        }

        _ = RelyingParty.RelyingPartyIdOf(pool);
    }

    private static JsonObject List(AccessTokenContext t, AwsJsonRequest r)
    {
        var max = r.Body["MaxResults"] is JsonValue value && value.TryGetValue<int>(out var n) ? n : MaxPage;
        if (max is < 0 or > MaxPage)
        {
            throw AwsServiceException.InvalidParameter("1 validation error detected: Value '" + max + "' at 'maxResults' failed to satisfy constraint: Member must have value less than or equal to 20");
        }

        var start = 0;
        if (r.OptionalString("NextToken") is { } next && !int.TryParse(next, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out start))
        {
            throw AwsServiceException.InvalidParameter("Invalid NextToken.");
        }

        var size = max == 0 ? MaxPage : max;
        var page = t.User.Passkeys.Skip(start).Take(size).ToList();
        var credentials = new JsonArray();
        foreach (var passkey in page)
        {
            var item = new JsonObject
            {
                ["CredentialId"] = passkey.CredentialId,
                ["FriendlyCredentialName"] = passkey.FriendlyName,
                ["RelyingPartyId"] = passkey.RelyingPartyId,
                ["AuthenticatorTransports"] = Wire.Strings(passkey.Transports),
                ["CreatedAt"] = Wire.Time(passkey.CreatedAt),
            };
            if (passkey.AuthenticatorAttachment is { } attachment)
            {
                item["AuthenticatorAttachment"] = attachment;
            }

            credentials.Add(item);
        }

        var result = new JsonObject { ["Credentials"] = credentials };
        if (start + page.Count < t.User.Passkeys.Count)
        {
            result["NextToken"] = (start + page.Count).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return result;
    }

    private static JsonObject AuthFactors(AccessTokenContext t)
    {
        var factors = new JsonArray();
        if (t.User.Password is not null)
        {
            factors.Add("PASSWORD");
        }

        if (t.Pool.AllowedFirstAuthFactors.Contains("EMAIL_OTP") && t.User.IsVerified("email"))
        {
            factors.Add("EMAIL_OTP");
        }

        if (t.Pool.AllowedFirstAuthFactors.Contains("SMS_OTP") && t.User.IsVerified("phone_number"))
        {
            factors.Add("SMS_OTP");
        }

        if (t.Pool.AllowedFirstAuthFactors.Contains("WEB_AUTHN") && t.User.Passkeys.Count > 0)
        {
            factors.Add("WEB_AUTHN");
        }

        if (t.User.TotpEnabled && t.User.TotpSecret is not null)
        {
            factors.Add("SOFTWARE_TOKEN");
        }

        var result = new JsonObject { ["Username"] = t.User.Username, ["ConfiguredUserAuthFactors"] = factors };
        var mfa = UserAccounts.MfaSettingList(t.User);
        if (mfa.Count > 0)
        {
            result["UserMFASettingList"] = mfa;
        }

        if (UserAccounts.PreferredMfa(t.User) is { } preferred)
        {
            result["PreferredMfaSetting"] = preferred;
        }

        return result;
    }
}
