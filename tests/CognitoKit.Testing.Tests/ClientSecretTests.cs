using System.Security.Cryptography;
using System.Text;

namespace CognitoKit.Testing.Tests;

/// <summary>
/// An app client's secrets on the wire (AddUserPoolClientSecret, ListUserPoolClientSecrets, DeleteUserPoolClientSecret):
/// at most two, either accepted, the value shown only when generated, never listed.
/// </summary>
public sealed class ClientSecretTests
{
    [Fact]
    public async Task AddUserPoolClientSecret_GeneratesASecond_ThatSignsInAlongsideTheFirst()
    {
        await using var s = await Scenario.StartAsync(secret: true);
        await s.Pool.AddUserAsync("ann", "Passw0rd!");

        var descriptor = (await s.Wire.CallAsync("AddUserPoolClientSecret", Client(s)))["ClientSecretDescriptor"]!;
        var second = (string)descriptor["ClientSecretValue"]!;

        Assert.Matches("^" + s.ClientId + "--[0-9]+$", (string)descriptor["ClientSecretId"]!);
        Assert.Equal(s.Clock.GetUtcNow().ToUnixTimeSeconds(), (long)(double)descriptor["ClientSecretCreateDate"]!);
        Assert.NotEqual(s.Client.ClientSecret, second);
        Assert.Equal(200, (await s.Wire.SendAsync("InitiateAuth", PasswordAuth(s, s.Client.ClientSecret!))).Status);
        Assert.Equal(200, (await s.Wire.SendAsync("InitiateAuth", PasswordAuth(s, second))).Status);
    }

    [Fact]
    public async Task ListUserPoolClientSecrets_ShowsIdsAndDates_NeverTheValues()
    {
        await using var s = await Scenario.StartAsync(secret: true);
        await s.Wire.CallAsync("AddUserPoolClientSecret", Client(s));

        var listed = await s.Wire.CallAsync("ListUserPoolClientSecrets", Client(s));

        var secrets = listed["ClientSecrets"]!.AsArray();
        Assert.Equal(2, secrets.Count);
        Assert.All(secrets, d => Assert.Null(d!["ClientSecretValue"]));
        Assert.All(secrets, d => Assert.NotNull(d!["ClientSecretCreateDate"]));
        Assert.DoesNotContain(s.Client.ClientSecret!, listed.ToJsonString(), StringComparison.Ordinal);
        Assert.Null(listed["NextToken"]);
    }

    [Fact]
    public async Task AddUserPoolClientSecret_WithAGivenValue_AcceptsIt_AndDoesNotEchoIt()
    {
        await using var s = await Scenario.StartAsync(secret: true);
        await s.Pool.AddUserAsync("ann", "Passw0rd!");
        const string chosen = "my+own_Client_Secret_0123456789";

        var response = await s.Wire.CallAsync("AddUserPoolClientSecret", Client(s, new JsonObject { ["ClientSecret"] = chosen }));

        Assert.Null(response["ClientSecretDescriptor"]!["ClientSecretValue"]);
        Assert.DoesNotContain(chosen, response.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(200, (await s.Wire.SendAsync("InitiateAuth", PasswordAuth(s, chosen))).Status);
    }

    [Fact]
    public async Task AddUserPoolClientSecret_AThirdOne_ThrowsLimitExceeded()
    {
        await using var s = await Scenario.StartAsync(secret: true);
        await s.Wire.CallAsync("AddUserPoolClientSecret", Client(s));

        var message = await s.Wire.FailAsync("AddUserPoolClientSecret", Client(s), "LimitExceededException");

        Assert.Contains("2", message, StringComparison.Ordinal);
        Assert.Equal(2, (await s.Wire.CallAsync("ListUserPoolClientSecrets", Client(s)))["ClientSecrets"]!.AsArray().Count);
    }

    [Fact]
    public async Task AddUserPoolClientSecret_ToAPublicClient_ThrowsInvalidParameter()
    {
        await using var s = await Scenario.StartAsync(secret: false);

        await s.Wire.FailAsync("AddUserPoolClientSecret", Client(s), "InvalidParameterException");

        Assert.Empty((await s.Wire.CallAsync("ListUserPoolClientSecrets", Client(s)))["ClientSecrets"]!.AsArray());
    }

    [Theory]
    [InlineData("too-short-secret-value-1")]
    [InlineData("short")]
    [InlineData("a-secret-with-hyphens-is-not-allowed")]
    [InlineData("0123456789012345678901234567890123456789012345678901234567890123456789")]
    public async Task AddUserPoolClientSecret_WithAValueOutsideTheModel_ThrowsInvalidParameter_WithoutEchoingIt(string value)
    {
        await using var s = await Scenario.StartAsync(secret: true);

        var message = await s.Wire.FailAsync("AddUserPoolClientSecret", Client(s, new JsonObject { ["ClientSecret"] = value }), "InvalidParameterException");

        Assert.Contains("clientSecret", message, StringComparison.Ordinal);
        Assert.DoesNotContain(value, message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeleteUserPoolClientSecret_TheOlder_LeavesOnlyTheNewerAccepted()
    {
        await using var s = await Scenario.StartAsync(secret: true);
        await s.Pool.AddUserAsync("ann", "Passw0rd!");
        var second = (string)(await s.Wire.CallAsync("AddUserPoolClientSecret", Client(s)))["ClientSecretDescriptor"]!["ClientSecretValue"]!;
        var older = (string)(await s.Wire.CallAsync("ListUserPoolClientSecrets", Client(s)))["ClientSecrets"]![0]!["ClientSecretId"]!;

        await s.Wire.CallAsync("DeleteUserPoolClientSecret", Client(s, new JsonObject { ["ClientSecretId"] = older }));

        var refused = await s.Wire.FailAsync("InitiateAuth", PasswordAuth(s, s.Client.ClientSecret!), "NotAuthorizedException");
        Assert.Contains("secret hash", refused, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(200, (await s.Wire.SendAsync("InitiateAuth", PasswordAuth(s, second))).Status);
    }

    [Fact]
    public async Task DeleteUserPoolClientSecret_TheLastOne_ThrowsInvalidParameter()
    {
        await using var s = await Scenario.StartAsync(secret: true);
        var only = (string)(await s.Wire.CallAsync("ListUserPoolClientSecrets", Client(s)))["ClientSecrets"]![0]!["ClientSecretId"]!;

        await s.Wire.FailAsync("DeleteUserPoolClientSecret", Client(s, new JsonObject { ["ClientSecretId"] = only }), "InvalidParameterException");

        Assert.Single((await s.Wire.CallAsync("ListUserPoolClientSecrets", Client(s)))["ClientSecrets"]!.AsArray());
    }

    [Fact]
    public async Task DeleteUserPoolClientSecret_WithAnUnknownOrMissingId_IsRefused()
    {
        await using var s = await Scenario.StartAsync(secret: true);
        await s.Wire.CallAsync("AddUserPoolClientSecret", Client(s));

        await s.Wire.FailAsync("DeleteUserPoolClientSecret", Client(s, new JsonObject { ["ClientSecretId"] = s.ClientId + "--1" }), "ResourceNotFoundException");
        await s.Wire.FailAsync("DeleteUserPoolClientSecret", Client(s), "InvalidParameterException");
    }

    [Fact]
    public async Task RotateTwice_ThenRetire_LeavesOnlyTheNewestSecret()
    {
        await using var s = await Scenario.StartAsync(secret: true);
        await s.Pool.AddUserAsync("ann", "Passw0rd!");

        var first = await s.Pool.RotateClientSecretAsync(s.ClientId);
        var newest = await s.Pool.RotateClientSecretAsync(s.ClientId);
        await s.Pool.RetireClientSecretAsync(s.ClientId);

        Assert.Single((await s.Wire.CallAsync("ListUserPoolClientSecrets", Client(s)))["ClientSecrets"]!.AsArray());
        await s.Wire.FailAsync("InitiateAuth", PasswordAuth(s, first), "NotAuthorizedException");
        Assert.Equal(200, (await s.Wire.SendAsync("InitiateAuth", PasswordAuth(s, newest))).Status);
    }

    private static JsonObject Client(Scenario s, JsonObject? extra = null)
    {
        var body = extra ?? new JsonObject();
        body["UserPoolId"] = s.Pool.Id;
        body["ClientId"] = s.ClientId;
        return body;
    }

    private static JsonObject PasswordAuth(Scenario s, string secret)
    {
        var request = s.PasswordAuth("ann", "Passw0rd!");
        request["AuthParameters"]!["SECRET_HASH"] = Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes("ann" + s.ClientId)));
        return request;
    }
}
