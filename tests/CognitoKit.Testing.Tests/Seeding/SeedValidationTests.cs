using System.Net;
using System.Net.Sockets;

namespace CognitoKit.Testing.Tests.Seeding;

/// <summary>A bad seed fails as a whole, with the JSON path of the member at fault, and never quotes a password or secret.</summary>
public sealed class SeedValidationTests
{
    private const string Password = "Seed-Passw0rd-Value";
    private const string Secret = "seedsecretvalue0000000000000000000000001";

    /// <summary>A valid seed; each case below breaks one thing in it.</summary>
    private static JsonObject Valid() => JsonNode.Parse($$"""
        {
          "userPools": [
            {
              "id": "us-east-1_Valid1",
              "name": "valid",
              "mfa": { "configuration": "OPTIONAL", "totp": true },
              "resourceServers": [ { "identifier": "orders", "scopes": [ "read" ] } ],
              "groups": [ { "name": "admins", "precedence": 1 } ],
              "clients": [ { "id": "validclient1", "name": "web", "secret": "{{Secret}}", "oauth": { "scopes": [ "openid", "orders/read" ] } } ],
              "users": [
                { "username": "ann", "password": "{{Password}}", "attributes": { "email": "ann@example.com" }, "groups": [ "admins" ] },
                { "username": "ben", "password": "{{Password}}" }
              ]
            }
          ],
          "identityPools": [
            { "id": "us-east-1:00000000-0000-0000-0000-000000000009", "name": "ids",
              "userPoolClients": [ { "userPoolId": "us-east-1_Valid1", "clientId": "validclient1" } ],
              "roles": { "authenticated": "arn:aws:iam::000000000000:role/Auth" } }
          ]
        }
        """)!.AsObject();

    public static TheoryData<string, string, string> ParseFailures => new()
    {
        // name of the case, a change to the valid seed (member path = JSON value), the path the error must name
        { "unknown member", "$.userPools[0].users[1].pasword=\"x\"", "$.userPools[0].users[1].pasword" },
        { "unknown top-level member", "$.pools=[]", "$.pools" },
        { "wrong type", "$.userPools[0].users[0].groups=\"admins\"", "$.userPools[0].users[0].groups" },
        { "wrong type in a list", "$.userPools[0].clients[0].oauth.scopes[1]=3", "$.userPools[0].clients[0].oauth.scopes[1]" },
        { "missing password", "$.userPools[0].users[1].password=null", "$.userPools[0].users[1].password" },
        { "bad pool id", "$.userPools[0].id=\"us-east-1-NoUnderscore\"", "$.userPools[0].id" },
        { "bad client id", "$.userPools[0].clients[0].id=\"has-dashes\"", "$.userPools[0].clients[0].id" },
        { "short client secret", "$.userPools[0].clients[0].secret=\"short\"", "$.userPools[0].clients[0].secret" },
        { "duplicate user", "$.userPools[0].users[1].username=\"ann\"", "$.userPools[0].users[1].username" },
        { "user in a missing group", "$.userPools[0].users[0].groups[0]=\"owners\"", "$.userPools[0].users[0].groups[0]" },
        { "undeclared custom scope", "$.userPools[0].clients[0].oauth.scopes[1]=\"orders/write\"", "$.userPools[0].clients[0].oauth.scopes[1]" },
        { "identity pool names a missing client", "$.identityPools[0].userPoolClients[0].clientId=\"nosuchclient\"", "$.identityPools[0].userPoolClients[0].clientId" },
        { "identity pool names a missing pool", "$.identityPools[0].userPoolClients[0].userPoolId=\"us-east-1_Missing\"", "$.identityPools[0].userPoolClients[0].userPoolId" },
        { "bad role ARN", "$.identityPools[0].roles.authenticated=\"admin\"", "$.identityPools[0].roles.authenticated" },
        { "bad identity pool id", "$.identityPools[0].id=\"us-east-1_NotAnIdentityPool\"", "$.identityPools[0].id" },
        { "bad TOTP secret", "$.userPools[0].users[0].mfa={\"totpSecret\":\"not base32 at all 0189\"}", "$.userPools[0].users[0].mfa.totpSecret" },
        { "SMS MFA the pool does not enable", "$.userPools[0].users[0].mfa={\"sms\":true}", "$.userPools[0].users[0].mfa.sms" },
        { "unknown status", "$.userPools[0].users[0].status=\"ACTIVE\"", "$.userPools[0].users[0].status" },
        { "out-of-range precedence", "$.userPools[0].groups[0].precedence=-1", "$.userPools[0].groups[0].precedence" },
    };

    [Theory]
    [MemberData(nameof(ParseFailures))]
    public void Parse_WithABadMember_ThrowsNamingItsPath(string because, string change, string expectedPath)
    {
        var json = Apply(Valid(), change);

        var error = Assert.Throws<CognitoEmulatorSeedException>(() => CognitoEmulatorSeed.Parse(json));

        Assert.True(expectedPath == error.Path, $"{because}: expected {expectedPath}, got {error.Path} ({error.Message})");
        Assert.Contains(expectedPath, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Password, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_TheValidSeed_Succeeds()
    {
        var seed = CognitoEmulatorSeed.Parse(Valid().ToJsonString());

        Assert.Equal(["us-east-1_Valid1"], seed.UserPoolIds);
        Assert.Equal(["us-east-1:00000000-0000-0000-0000-000000000009"], seed.IdentityPoolIds);
    }

    [Fact]
    public void Parse_NotJson_NamesTheLineWithoutQuotingTheText()
    {
        var error = Assert.Throws<CognitoEmulatorSeedException>(() => CognitoEmulatorSeed.Parse("{\n  \"userPools\": [ { \"password\": \"" + Password + "\" \n"));

        Assert.Equal("$", error.Path);
        Assert.Contains("line", error.Problem, StringComparison.Ordinal);
        Assert.DoesNotContain(Password, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_WithAPasswordThePoolPolicyRejects_FailsNamingThePasswordAndListensNowhere()
    {
        var seed = CognitoEmulatorSeed.Parse(Apply(Valid(), "$.userPools[0].users[1].password=\"weakpass\""));
        var port = FreePort();

        var error = await Assert.ThrowsAsync<CognitoEmulatorSeedException>(() => CognitoEmulator.StartAsync(new CognitoEmulatorOptions { Port = port, Seed = seed }));

        Assert.Equal("$.userPools[0].users[1].password", error.Path);
        Assert.Contains("InvalidPasswordException", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("weakpass", error.Message, StringComparison.Ordinal);
        using var probe = new TcpClient();
        await Assert.ThrowsAsync<SocketException>(() => probe.ConnectAsync(IPAddress.Loopback, port));
    }

    [Fact]
    public async Task Start_WithAPoolIdOfAnotherRegion_FailsNamingTheId()
    {
        var seed = CognitoEmulatorSeed.Parse(Valid().ToJsonString());

        var error = await Assert.ThrowsAsync<CognitoEmulatorSeedException>(() => CognitoEmulator.StartAsync(new CognitoEmulatorOptions { Region = "eu-west-1", Seed = seed }));

        Assert.Equal("$.userPools[0].id", error.Path);
        Assert.Contains("eu-west-1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ABadFile_NamesTheFileAndThePath()
    {
        var file = Path.Combine(Path.GetTempPath(), "seed-" + Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(file, Apply(Valid(), "$.userPools[0].clients[0].secret=\"short\""));
        try
        {
            var error = Assert.Throws<CognitoEmulatorSeedException>(() => CognitoEmulatorSeed.Load(file));

            Assert.Equal(file, error.SeedFile);
            Assert.Equal("$.userPools[0].clients[0].secret", error.Path);
            Assert.StartsWith("Invalid seed file '" + file + "' at $.userPools[0].clients[0].secret:", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Load_AMissingFile_SaysItCannotBeRead()
    {
        var file = Path.Combine(Path.GetTempPath(), "missing-" + Guid.NewGuid().ToString("N") + ".json");

        var error = Assert.Throws<CognitoEmulatorSeedException>(() => CognitoEmulatorSeed.Load(file));

        Assert.Equal(file, error.SeedFile);
        Assert.Contains("cannot be read", error.Problem, StringComparison.Ordinal);
    }

    /// <summary>Applies "path=json" to the document (null removes the member) and returns its text.</summary>
    private static string Apply(JsonObject document, string change)
    {
        var equals = change.IndexOf('=', StringComparison.Ordinal);
        var path = change[2..equals];
        var value = JsonNode.Parse(change[(equals + 1)..]);
        var segments = System.Text.RegularExpressions.Regex.Matches(path, @"[^.\[\]]+").Select(m => m.Value).ToList();
        JsonNode parent = document;
        foreach (var segment in segments.SkipLast(1))
        {
            parent = int.TryParse(segment, out var index) ? parent[index]! : parent[segment]!;
        }

        var last = segments[^1];
        if (int.TryParse(last, out var at))
        {
            parent.AsArray()[at] = value;
        }
        else if (value is null)
        {
            parent.AsObject().Remove(last);
        }
        else
        {
            parent[last] = value;
        }

        return document.ToJsonString();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
