using System.Text.Json.Nodes;
using CognitoKit.Testing.Host;
using CognitoKit.Testing.Srp;

namespace CognitoKit.Testing.UserPools;

/// <summary>Creating users and writing their attributes and passwords under the pool's rules. Call under the pool lock.</summary>
internal static class UserAccounts
{
    public static User Create(EmulatorState state, UserPool pool, string username, IReadOnlyList<KeyValuePair<string, string>> attributes)
    {
        var sub = Guid.NewGuid().ToString();
        var values = attributes.ToDictionary(a => a.Key, a => a.Value, StringComparer.Ordinal);
        var realUsername = username;
        if (pool.UsernameAttributes.Count > 0)
        {
            // Email or phone as the user name: Cognito keeps the value as an attribute and names the user by its sub.
            var attribute = username.Contains('@', StringComparison.Ordinal) ? "email" : "phone_number";
            if (!pool.UsernameAttributes.Contains(attribute))
            {
                throw AwsServiceException.InvalidParameter("Username should be " + (pool.UsernameAttributes.Contains("email") ? "an email." : "a phone number."));
            }

            values[attribute] = username;
            realUsername = sub;
            if (pool.FindUser(username) is not null)
            {
                throw new AwsServiceException("UsernameExistsException", "An account with the given " + attribute + " already exists.");
            }
        }
        else if (pool.FindUser(username) is not null || pool.Users.ContainsKey(username))
        {
            throw new AwsServiceException("UsernameExistsException", "User already exists");
        }

        pool.Schema.EnsureKnown(values);
        pool.Schema.EnsureRequiredPresent(values);
        var now = state.Now;
        var user = new User { Username = realUsername, Sub = sub, CreateDate = now, LastModifiedDate = now };
        user.Attributes["sub"] = sub;
        foreach (var (name, value) in values.Where(v => v.Key != "sub"))
        {
            user.Attributes[name] = value;
        }

        return user;
    }

    public static void SetPassword(UserPool pool, User user, string password) =>
        user.Password = SrpVerifier.Create(pool.PoolName, user.Username, password);

    public static bool CheckPassword(UserPool pool, User user, string password) =>
        user.Password is { } verifier && verifier.Matches(pool.PoolName, user.Username, password);

    /// <summary>Writes attributes; changing email or phone clears its verified flag unless told otherwise.</summary>
    public static void Update(UserPool pool, User user, IReadOnlyList<KeyValuePair<string, string>> attributes, bool checkMutable, DateTimeOffset now)
    {
        pool.Schema.EnsureKnown(attributes);
        foreach (var (name, value) in attributes)
        {
            if (name == "sub" || (checkMutable && !pool.Schema.IsMutable(name)))
            {
                throw AwsServiceException.InvalidParameter("Cannot modify an immutable attribute: " + name);
            }

            var changed = user.Attribute(name) != value;
            user.Attributes[name] = value;
            if (changed && name is "email" or "phone_number" && !attributes.Any(a => a.Key == name + "_verified"))
            {
                user.Attributes[name + "_verified"] = "false";
            }
        }

        user.LastModifiedDate = now;
    }

    public static User Find(UserPool pool, string username) =>
        pool.FindUser(username) ?? throw new AwsServiceException("UserNotFoundException", "User does not exist.");

    public static JsonArray MfaSettingList(User user)
    {
        var list = new JsonArray();
        if (user.SmsMfaEnabled)
        {
            list.Add("SMS_MFA");
        }

        if (user.TotpEnabled)
        {
            list.Add("SOFTWARE_TOKEN_MFA");
        }

        if (user.EmailMfaEnabled)
        {
            list.Add("EMAIL_OTP");
        }

        return list;
    }

    public static string? PreferredMfa(User user) =>
        user.TotpPreferred ? "SOFTWARE_TOKEN_MFA" : user.SmsMfaPreferred ? "SMS_MFA" : user.EmailMfaPreferred ? "EMAIL_OTP" : null;

    /// <summary>The GetUser/AdminGetUser body.</summary>
    public static JsonObject Describe(User user, bool admin)
    {
        var result = new JsonObject { ["Username"] = user.Username, ["UserAttributes"] = Wire.Attributes(user.Attributes) };
        if (admin)
        {
            result["UserCreateDate"] = Wire.Time(user.CreateDate);
            result["UserLastModifiedDate"] = Wire.Time(user.LastModifiedDate);
            result["Enabled"] = user.Enabled;
            result["UserStatus"] = user.Status;
        }

        var mfa = MfaSettingList(user);
        if (mfa.Count > 0)
        {
            result["UserMFASettingList"] = mfa;
        }

        if (PreferredMfa(user) is { } preferred)
        {
            result["PreferredMfaSetting"] = preferred;
        }

        return result;
    }
}
