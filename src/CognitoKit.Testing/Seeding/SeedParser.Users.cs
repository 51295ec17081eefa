namespace CognitoKit.Testing.Seeding;

/// <summary>Users: password, status, attributes, groups and MFA.</summary>
internal static partial class SeedParser
{
    private static SeedUser User(SeedNode user, HashSet<string> groupNames, HashSet<string> poolMethods)
    {
        user.AllowOnly("username", "password", "status", "enabled", "attributes", "groups", "mfa");
        var username = user.RequiredString("username");
        var password = user.RequiredString("password");
        var status = user.OptionalString("status") ?? "CONFIRMED";
        if (status is not ("CONFIRMED" or "UNCONFIRMED" or "FORCE_CHANGE_PASSWORD" or "RESET_REQUIRED"))
        {
            throw SeedNode.Fail(user.PathOf("status"), "expected CONFIRMED, UNCONFIRMED, FORCE_CHANGE_PASSWORD or RESET_REQUIRED.");
        }

        var attributes = user.StringMap("attributes");
        var groups = new List<(string, string)>();
        var listed = user.Strings("groups");
        for (var i = 0; i < listed.Count; i++)
        {
            var path = SeedNode.Index(user.PathOf("groups"), i);
            groups.Add(groupNames.Contains(listed[i]) ? (path, listed[i]) : throw SeedNode.Fail(path, "group " + listed[i] + " is not declared in this pool's groups."));
        }

        return new SeedUser(user.Path, username, password, status, user.OptionalBool("enabled") ?? true, attributes, groups, UserMfa(user, attributes, poolMethods));
    }

    private static SeedUserMfa? UserMfa(SeedNode user, IReadOnlyList<KeyValuePair<string, string>> attributes, HashSet<string> poolMethods)
    {
        if (user.OptionalObject("mfa") is not { } mfa)
        {
            return null;
        }

        mfa.AllowOnly("totpSecret", "sms", "email", "preferred");
        var secret = mfa.OptionalString("totpSecret")?.Replace(" ", string.Empty, StringComparison.Ordinal).TrimEnd('=').ToUpperInvariant();
        if (secret is not null && (secret.Length < 16 || !Base32Pattern().IsMatch(secret)))
        {
            // Never the value: it is the user's second factor.
            throw SeedNode.Fail(mfa.PathOf("totpSecret"), "a TOTP secret is Base32 (A-Z, 2-7), at least 16 characters, as authenticator apps take it.");
        }

        var sms = mfa.OptionalBool("sms") ?? false;
        var email = mfa.OptionalBool("email") ?? false;
        Require(secret is not null, "TOTP", "totpSecret", null);
        Require(sms, "SMS", "sms", "phone_number");
        Require(email, "EMAIL", "email", "email");
        var preferred = mfa.OptionalString("preferred");
        if (preferred is not null)
        {
            var enabled = preferred switch { "TOTP" => secret is not null, "SMS" => sms, "EMAIL" => email, _ => throw SeedNode.Fail(mfa.PathOf("preferred"), "expected TOTP, SMS or EMAIL.") };
            if (!enabled)
            {
                throw SeedNode.Fail(mfa.PathOf("preferred"), preferred + " is preferred but not set up for this user.");
            }
        }

        return new SeedUserMfa(mfa.Path, secret, sms, email, preferred);

        void Require(bool on, string method, string member, string? attribute)
        {
            if (!on)
            {
                return;
            }

            if (!poolMethods.Contains(method))
            {
                throw SeedNode.Fail(mfa.PathOf(member), method + " MFA is not enabled in the pool's mfa.");
            }

            if (attribute is not null && !attributes.Any(a => a.Key == attribute))
            {
                throw SeedNode.Fail(mfa.PathOf(member), method + " MFA needs the user's " + attribute + " attribute.");
            }
        }
    }
}
