using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CognitoKit.Testing.Sts;
using CognitoKit.Testing.UserPools;

namespace CognitoKit.Testing.Seeding;

/// <summary>
/// Reads a seed document into <see cref="SeedDocument"/>: every member checked for type and shape, ids against
/// Cognito's patterns, references (a user's groups, an identity pool's app clients, a client's custom scopes) against
/// what the document declares. What only the emulator can judge (the password policy) is checked when it is applied.
/// </summary>
internal static partial class SeedParser
{
    private static readonly string[] StandardScopes = ["openid", "email", "phone", "profile", "aws.cognito.signin.user.admin"];

    public static SeedDocument Parse(string json)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException error)
        {
            // The reader's message gives the line and position only, never the text around it.
            throw new CognitoEmulatorSeedException("$", "not valid JSON (line " + (error.LineNumber + 1) + ", position " + (error.BytePositionInLine + 1) + ").");
        }

        if (root is not JsonObject document)
        {
            throw SeedNode.Fail("$", "expected a JSON object with userPools and identityPools.");
        }

        var top = new SeedNode(document, "$");
        top.AllowOnly("$schema", "userPools", "identityPools");
        var poolIds = new HashSet<string>(StringComparer.Ordinal);
        var clientIds = new Dictionary<string, string>(StringComparer.Ordinal); // client id → pool id
        var pools = new List<SeedUserPool>();
        foreach (var node in top.Objects("userPools"))
        {
            var pool = UserPool(node, clientIds);
            if (!poolIds.Add(pool.Id))
            {
                throw SeedNode.Fail(node.PathOf("id"), "user pool id " + pool.Id + " is declared twice.");
            }

            pools.Add(pool);
        }

        var identityIds = new HashSet<string>(StringComparer.Ordinal);
        var identityPools = new List<SeedIdentityPool>();
        foreach (var node in top.Objects("identityPools"))
        {
            var pool = IdentityPool(node, poolIds, clientIds);
            if (!identityIds.Add(pool.Id))
            {
                throw SeedNode.Fail(node.PathOf("id"), "identity pool id " + pool.Id + " is declared twice.");
            }

            identityPools.Add(pool);
        }

        return new SeedDocument(pools, identityPools);
    }

    private static SeedUserPool UserPool(SeedNode node, Dictionary<string, string> clientIds)
    {
        node.AllowOnly("id", "name", "usernameAttributes", "aliasAttributes", "autoVerifiedAttributes", "caseSensitive", "passwordPolicy",
            "customAttributes", "mfa", "resourceServers", "groups", "clients", "users");
        var id = node.RequiredString("id");
        if (id.Length > 55 || !PoolIdPattern().IsMatch(id))
        {
            throw SeedNode.Fail(node.PathOf("id"), @"a user pool id is the region, '_' and letters or digits, such as us-east-1_Example1 (Cognito's pattern [\w-]+_[0-9a-zA-Z]+, at most 55 characters).");
        }

        var name = node.RequiredString("name");
        if (name.Length > 128 || !PoolNamePattern().IsMatch(name))
        {
            throw SeedNode.Fail(node.PathOf("name"), @"a pool name is 1 to 128 characters of [\w\s+=,.@-].");
        }

        var create = new JsonObject { ["PoolName"] = name };
        CopyStrings(node, "usernameAttributes", create, "UsernameAttributes");
        CopyStrings(node, "aliasAttributes", create, "AliasAttributes");
        CopyStrings(node, "autoVerifiedAttributes", create, "AutoVerifiedAttributes");
        if (node.OptionalBool("caseSensitive") is { } caseSensitive)
        {
            create["UsernameConfiguration"] = new JsonObject { ["CaseSensitive"] = caseSensitive };
        }

        if (node.OptionalObject("passwordPolicy") is { } policy)
        {
            policy.AllowOnly("minimumLength", "requireUppercase", "requireLowercase", "requireNumbers", "requireSymbols", "temporaryPasswordValidityDays");
            create["Policies"] = new JsonObject
            {
                ["PasswordPolicy"] = new JsonObject
                {
                    ["MinimumLength"] = policy.OptionalInt("minimumLength", 6, 99) ?? 8,
                    ["RequireUppercase"] = policy.OptionalBool("requireUppercase") ?? true,
                    ["RequireLowercase"] = policy.OptionalBool("requireLowercase") ?? true,
                    ["RequireNumbers"] = policy.OptionalBool("requireNumbers") ?? true,
                    ["RequireSymbols"] = policy.OptionalBool("requireSymbols") ?? true,
                    ["TemporaryPasswordValidityDays"] = policy.OptionalInt("temporaryPasswordValidityDays", 0, 365) ?? 7,
                },
            };
        }

        var schema = new JsonArray();
        foreach (var attribute in node.Objects("customAttributes"))
        {
            attribute.AllowOnly("name", "type", "mutable");
            var type = attribute.OptionalString("type") ?? "String";
            if (type is not ("String" or "Number" or "DateTime" or "Boolean"))
            {
                throw SeedNode.Fail(attribute.PathOf("type"), "expected String, Number, DateTime or Boolean.");
            }

            schema.Add(new JsonObject { ["Name"] = attribute.RequiredString("name"), ["AttributeDataType"] = type, ["Mutable"] = attribute.OptionalBool("mutable") ?? true });
        }

        if (schema.Count > 0)
        {
            create["Schema"] = schema;
        }

        var (mfaRequest, poolMethods) = PoolMfa(node, id);
        var resourceServers = ResourceServers(node);
        var groups = Groups(node, id, out var groupNames);
        var clients = new List<SeedClient>();
        foreach (var client in node.Objects("clients"))
        {
            var parsed = Client(client, id, resourceServers);
            if (!clientIds.TryAdd(parsed.Id, id))
            {
                throw SeedNode.Fail(client.PathOf("id"), "app client id " + parsed.Id + " is declared twice.");
            }

            clients.Add(parsed);
        }

        var usernames = new HashSet<string>(StringComparer.Ordinal);
        var users = new List<SeedUser>();
        foreach (var user in node.Objects("users"))
        {
            var parsed = User(user, groupNames, poolMethods);
            if (!usernames.Add(parsed.Username))
            {
                throw SeedNode.Fail(user.PathOf("username"), "user " + parsed.Username + " is declared twice in this pool.");
            }

            users.Add(parsed);
        }

        return new SeedUserPool(node.Path, id, create, mfaRequest, resourceServers, groups, clients, users);
    }

    private static (SeedRequest? Request, HashSet<string> Methods) PoolMfa(SeedNode pool, string poolId)
    {
        var methods = new HashSet<string>(StringComparer.Ordinal);
        if (pool.OptionalObject("mfa") is not { } mfa)
        {
            return (null, methods);
        }

        mfa.AllowOnly("configuration", "totp", "sms", "email");
        var configuration = mfa.OptionalString("configuration") ?? "OPTIONAL";
        if (configuration is not ("OFF" or "ON" or "OPTIONAL"))
        {
            throw SeedNode.Fail(mfa.PathOf("configuration"), "expected OFF, ON or OPTIONAL.");
        }

        var request = new JsonObject
        {
            ["UserPoolId"] = poolId,
            ["MfaConfiguration"] = configuration,
            ["SoftwareTokenMfaConfiguration"] = new JsonObject { ["Enabled"] = mfa.OptionalBool("totp") ?? false },
        };
        if (mfa.OptionalBool("totp") == true)
        {
            methods.Add("TOTP");
        }

        if (mfa.OptionalBool("sms") == true)
        {
            methods.Add("SMS");
            request["SmsMfaConfiguration"] = new JsonObject { ["SmsAuthenticationMessage"] = "Your code is {####}" };
        }

        if (mfa.OptionalBool("email") == true)
        {
            methods.Add("EMAIL");
            request["EmailMfaConfiguration"] = new JsonObject { ["Message"] = "Your code is {####}", ["Subject"] = "Your code" };
        }

        if (configuration != "OFF" && methods.Count == 0)
        {
            throw SeedNode.Fail(mfa.Path, "MFA " + configuration + " needs at least one of totp, sms or email set to true.");
        }

        return (new SeedRequest(mfa.Path, request), methods);
    }

    private static List<SeedResourceServer> ResourceServers(SeedNode pool)
    {
        var servers = new List<SeedResourceServer>();
        foreach (var server in pool.Objects("resourceServers"))
        {
            server.AllowOnly("identifier", "scopes");
            var identifier = server.RequiredString("identifier");
            if (servers.Exists(s => s.Identifier == identifier))
            {
                throw SeedNode.Fail(server.PathOf("identifier"), "resource server " + identifier + " is declared twice in this pool.");
            }

            var scopes = server.Strings("scopes");
            for (var i = 0; i < scopes.Count; i++)
            {
                if (scopes[i].Contains('/', StringComparison.Ordinal) || scopes[i].Contains(' ', StringComparison.Ordinal))
                {
                    throw SeedNode.Fail(SeedNode.Index(server.PathOf("scopes"), i), "a scope name has no '/' or space; clients ask for it as identifier/name.");
                }
            }

            servers.Add(new SeedResourceServer(server.Path, identifier, scopes));
        }

        return servers;
    }

    private static List<SeedRequest> Groups(SeedNode pool, string poolId, out HashSet<string> names)
    {
        names = new HashSet<string>(StringComparer.Ordinal);
        var groups = new List<SeedRequest>();
        foreach (var group in pool.Objects("groups"))
        {
            group.AllowOnly("name", "description", "precedence", "roleArn");
            var name = group.RequiredString("name");
            if (!names.Add(name))
            {
                throw SeedNode.Fail(group.PathOf("name"), "group " + name + " is declared twice in this pool.");
            }

            var request = new JsonObject { ["UserPoolId"] = poolId, ["GroupName"] = name };
            if (group.OptionalString("description") is { } description)
            {
                request["Description"] = description;
            }

            if (group.OptionalInt("precedence", 0, int.MaxValue) is { } precedence)
            {
                request["Precedence"] = precedence;
            }

            if (group.OptionalString("roleArn") is { } roleArn)
            {
                request["RoleArn"] = RoleArns.IsValid(roleArn) ? roleArn : throw SeedNode.Fail(group.PathOf("roleArn"), "expected an IAM role ARN, arn:aws:iam::{account}:role/{name}.");
            }

            groups.Add(new SeedRequest(group.Path, request));
        }

        return groups;
    }

    private static void CopyStrings(SeedNode node, string member, JsonObject request, string wireMember)
    {
        if (node.Has(member))
        {
            request[wireMember] = Wire.Strings(node.Strings(member));
        }
    }

    [GeneratedRegex(@"^[A-Za-z0-9_-]+_[0-9a-zA-Z]+$", RegexOptions.CultureInvariant)]
    private static partial Regex PoolIdPattern();

    [GeneratedRegex(@"^[\w\s+=,.@-]+$", RegexOptions.CultureInvariant)]
    private static partial Regex PoolNamePattern();

    [GeneratedRegex(@"^[A-Za-z0-9_+]+$", RegexOptions.CultureInvariant)]
    private static partial Regex ClientIdPattern();

    [GeneratedRegex(@"^[A-Za-z0-9_-]+:[0-9a-f-]+$", RegexOptions.CultureInvariant)]
    private static partial Regex IdentityPoolIdPattern();

    [GeneratedRegex(@"^[A-Z2-7]+$", RegexOptions.CultureInvariant)]
    private static partial Regex Base32Pattern();
}
