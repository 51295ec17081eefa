using System.Text.Json.Nodes;
using CognitoKit.Testing;
using CognitoKit.Tokens;

namespace CognitoKit.IntegrationTests.Tokens;

/// <summary>A pool created with the updated issuer type issues tokens with that issuer, and the validator accepts them.</summary>
public sealed class IssuerConfigurationEndToEndTests : IAsyncLifetime
{
    private CognitoEmulator _cognito = null!;

    public async Task InitializeAsync() => _cognito = await CognitoEmulator.StartAsync();

    public async Task DisposeAsync() => await _cognito.DisposeAsync();

    [Fact]
    public async Task UpdatedIssuerPool_IssuesTokensWithTheUpdatedIssuer_ThatTheValidatorAccepts()
    {
        EmulatedUserPool pool = await _cognito.CreateUserPoolAsync("updated", r => r["IssuerConfiguration"] = new JsonObject { ["Type"] = "UPDATED" });
        (EmulatedUserPoolClient client, JsonObject tokens) = await SignInAsync(pool);
        string expectedIssuer = _cognito.Endpoint.AbsoluteUri.TrimEnd('/') + "/issuer-cognito-idp/" + pool.Id;
        using HttpClient http = new();
        CognitoTokenValidator validator = new(new CognitoTokenValidationOptions { Issuer = pool.Issuer, AllowedClientIds = { client.ClientId } }, http);

        CognitoTokenValidationResult id = await validator.ValidateAsync((string)tokens["IdToken"]!, CognitoTokenUse.Id);
        CognitoTokenValidationResult access = await validator.ValidateAsync((string)tokens["AccessToken"]!, CognitoTokenUse.Access);

        Assert.Equal(expectedIssuer, pool.Issuer);
        Assert.True(id.IsValid, id.Message);
        Assert.True(access.IsValid, access.Message);
        Assert.Equal(expectedIssuer, id.Claims.Issuer);
        Assert.Equal(expectedIssuer, access.Claims.Issuer);
        Assert.Equal(1, _cognito.Requests.Count(EmulatorRequestLog.GetOperation($"/issuer-cognito-idp/{pool.Id}/.well-known/jwks.json")));
        JsonObject user = await _cognito.InvokeAsync("GetUser", new JsonObject { ["AccessToken"] = tokens["AccessToken"]!.DeepClone() });
        Assert.Equal("ann", (string?)user["Username"]);
    }

    [Theory]
    [InlineData("UPDATED")]
    [InlineData("ORIGINAL")]
    public async Task DescribeUserPool_ReturnsTheIssuerConfiguration(string type)
    {
        EmulatedUserPool pool = await _cognito.CreateUserPoolAsync("described", r => r["IssuerConfiguration"] = new JsonObject { ["Type"] = type });

        JsonObject described = await _cognito.InvokeAsync("DescribeUserPool", new JsonObject { ["UserPoolId"] = pool.Id });

        Assert.Equal(type, (string?)described["UserPool"]!["IssuerConfiguration"]!["Type"]);
    }

    [Fact]
    public async Task OriginalIssuerPool_KeepsTheEndpointAndPoolIdIssuer()
    {
        EmulatedUserPool pool = await _cognito.CreateUserPoolAsync("original");
        (_, JsonObject tokens) = await SignInAsync(pool);

        string iss = (string)TestJwt.Payload((string)tokens["AccessToken"]!)["iss"]!;

        Assert.Equal(_cognito.Endpoint.AbsoluteUri.TrimEnd('/') + "/" + pool.Id, iss);
        Assert.Equal(iss, pool.Issuer);
    }

    [Fact]
    public async Task CreateUserPool_WithAnUnknownIssuerType_IsInvalidParameter()
    {
        CognitoEmulatorException ex = await Assert.ThrowsAsync<CognitoEmulatorException>(() =>
            _cognito.CreateUserPoolAsync("bad", r => r["IssuerConfiguration"] = new JsonObject { ["Type"] = "NEWEST" }));

        Assert.Equal("InvalidParameterException", ex.ErrorCode);
        Assert.Contains("issuerConfiguration.type", ex.Message, StringComparison.Ordinal);
    }

    private async Task<(EmulatedUserPoolClient Client, JsonObject Tokens)> SignInAsync(EmulatedUserPool pool)
    {
        EmulatedUserPoolClient client = await pool.CreateClientAsync();
        await pool.AddUserAsync("ann", "Passw0rd!");
        JsonObject result = await _cognito.InvokeAsync("InitiateAuth", new JsonObject
        {
            ["AuthFlow"] = "USER_PASSWORD_AUTH",
            ["ClientId"] = client.ClientId,
            ["AuthParameters"] = new JsonObject { ["USERNAME"] = "ann", ["PASSWORD"] = "Passw0rd!" },
        });
        return (client, result["AuthenticationResult"]!.AsObject());
    }
}
