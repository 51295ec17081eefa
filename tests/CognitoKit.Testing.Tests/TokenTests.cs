using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CognitoKit.Testing.Tests;

public sealed class TokenTests
{
    private static async Task<JsonObject> SignedInAsync(Scenario s)
    {
        await s.Pool.AddUserAsync("ann", "Passw0rd!", new Dictionary<string, string> { ["email"] = "ann@example.com" });
        return (await s.SignInAsync("ann", "Passw0rd!"))["AuthenticationResult"]!.AsObject();
    }

    private static async Task<TokenValidationResult> ValidateAsync(Scenario s, string token)
    {
        var jwks = new JsonWebKeySet(await s.Wire.Http.GetStringAsync($"/{s.Pool.Id}/.well-known/jwks.json"));
        return await new JsonWebTokenHandler().ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = s.Pool.Issuer,
            ValidateAudience = false,
            IssuerSigningKeys = jwks.GetSigningKeys(),
        });
    }

    [Fact]
    public async Task IdAndAccessTokens_VerifyAgainstTheServedJwks()
    {
        await using var s = await Scenario.StartAsync();
        var result = await SignedInAsync(s);
        var id = await ValidateAsync(s, (string)result["IdToken"]!);
        var access = await ValidateAsync(s, (string)result["AccessToken"]!);
        Assert.True(id.IsValid, id.Exception?.Message);
        Assert.True(access.IsValid, access.Exception?.Message);
        Assert.NotEqual(((JsonWebToken)id.SecurityToken).Kid, ((JsonWebToken)access.SecurityToken).Kid);
    }

    [Fact]
    public async Task Tokens_CarryCognitosClaims()
    {
        await using var s = await Scenario.StartAsync();
        await s.Pool.CreateGroupAsync("admins");
        var result = await SignedInAsync(s);
        await s.Pool.AddUserToGroupAsync("ann", "admins");
        result = (await s.SignInAsync("ann", "Passw0rd!"))["AuthenticationResult"]!.AsObject();
        var id = new JsonWebToken((string)result["IdToken"]!);
        var access = new JsonWebToken((string)result["AccessToken"]!);
        Assert.Equal("id", id.GetClaim("token_use").Value);
        Assert.Equal(s.ClientId, id.GetClaim("aud").Value);
        Assert.Equal("ann", id.GetClaim("cognito:username").Value);
        Assert.Equal("ann@example.com", id.GetClaim("email").Value);
        Assert.Equal("true", id.GetClaim("email_verified").Value);
        Assert.Equal("admins", id.GetClaim("cognito:groups").Value);
        Assert.Equal(s.Pool.Issuer, id.Issuer);
        Assert.Equal("access", access.GetClaim("token_use").Value);
        Assert.Equal(s.ClientId, access.GetClaim("client_id").Value);
        Assert.Equal("aws.cognito.signin.user.admin", access.GetClaim("scope").Value);
        Assert.Equal("ann", access.GetClaim("username").Value);
        Assert.Equal(id.GetClaim("origin_jti").Value, access.GetClaim("origin_jti").Value);
        Assert.False(access.TryGetClaim("aud", out _));
    }

    [Fact]
    public async Task OpenIdConfiguration_NamesTheTrueIssuer()
    {
        await using var s = await Scenario.StartAsync();
        var config = JsonNode.Parse(await s.Wire.Http.GetStringAsync($"/{s.Pool.Id}/.well-known/openid-configuration"))!;
        Assert.Equal(s.Cognito.Endpoint.AbsoluteUri.TrimEnd('/') + "/" + s.Pool.Id, (string?)config["issuer"]);
        Assert.Equal(s.Pool.JwksUri.AbsoluteUri, (string?)config["jwks_uri"]);
    }

    [Fact]
    public async Task GetUser_WithExpiredAccessToken_ThrowsNotAuthorized()
    {
        await using var s = await Scenario.StartAsync();
        var result = await SignedInAsync(s);
        s.Clock.Advance(TimeSpan.FromHours(1) + TimeSpan.FromSeconds(1));
        var message = await s.Wire.FailAsync("GetUser", new JsonObject { ["AccessToken"] = result["AccessToken"]!.DeepClone() }, "NotAuthorizedException");
        Assert.Equal("Access Token has expired", message);
    }

    [Fact]
    public async Task GlobalSignOut_RevokesAccessAndRefreshTokens()
    {
        await using var s = await Scenario.StartAsync();
        var result = await SignedInAsync(s);
        var access = (string)result["AccessToken"]!;
        Assert.Equal("ann", (string?)(await s.Wire.CallAsync("GetUser", new JsonObject { ["AccessToken"] = access }))["Username"]);
        await s.Wire.CallAsync("GlobalSignOut", new JsonObject { ["AccessToken"] = access });
        Assert.Equal("Access Token has been revoked", await s.Wire.FailAsync("GetUser", new JsonObject { ["AccessToken"] = access }, "NotAuthorizedException"));
        var refresh = new JsonObject { ["AuthFlow"] = "REFRESH_TOKEN_AUTH", ["ClientId"] = s.ClientId, ["AuthParameters"] = new JsonObject { ["REFRESH_TOKEN"] = result["RefreshToken"]!.DeepClone() } };
        Assert.Equal("Refresh Token has been revoked", await s.Wire.FailAsync("InitiateAuth", refresh, "NotAuthorizedException"));
    }

    [Fact]
    public async Task AdminUserGlobalSignOut_RevokesTheUsersTokens()
    {
        await using var s = await Scenario.StartAsync();
        var result = await SignedInAsync(s);
        await s.Wire.CallAsync("AdminUserGlobalSignOut", new JsonObject { ["UserPoolId"] = s.Pool.Id, ["Username"] = "ann" });
        await s.Wire.FailAsync("GetUser", new JsonObject { ["AccessToken"] = result["AccessToken"]!.DeepClone() }, "NotAuthorizedException");
    }

    [Fact]
    public async Task RevokeToken_RevokesTheRefreshTokenAndItsAccessTokens()
    {
        await using var s = await Scenario.StartAsync();
        var result = await SignedInAsync(s);
        await s.Wire.CallAsync("RevokeToken", new JsonObject { ["ClientId"] = s.ClientId, ["Token"] = result["RefreshToken"]!.DeepClone() });
        Assert.Equal("Access Token has been revoked", await s.Wire.FailAsync("GetUser", new JsonObject { ["AccessToken"] = result["AccessToken"]!.DeepClone() }, "NotAuthorizedException"));
        var refresh = new JsonObject { ["ClientId"] = s.ClientId, ["RefreshToken"] = result["RefreshToken"]!.DeepClone() };
        Assert.Equal("Refresh Token has been revoked", await s.Wire.FailAsync("GetTokensFromRefreshToken", refresh, "NotAuthorizedException"));
    }

    [Fact]
    public async Task RefreshTokenAuth_IssuesNewTokensKeepingAuthTime()
    {
        await using var s = await Scenario.StartAsync();
        var result = await SignedInAsync(s);
        s.Clock.Advance(TimeSpan.FromMinutes(10));
        var refreshed = (await s.Wire.CallAsync("InitiateAuth", new JsonObject { ["AuthFlow"] = "REFRESH_TOKEN_AUTH", ["ClientId"] = s.ClientId, ["AuthParameters"] = new JsonObject { ["REFRESH_TOKEN"] = result["RefreshToken"]!.DeepClone() } }))["AuthenticationResult"]!;
        Assert.Null(refreshed["RefreshToken"]);
        var before = new JsonWebToken((string)result["AccessToken"]!);
        var after = new JsonWebToken((string)refreshed["AccessToken"]!);
        Assert.Equal(before.GetClaim("auth_time").Value, after.GetClaim("auth_time").Value);
        Assert.True(after.IssuedAt > before.IssuedAt);
    }

    [Fact]
    public async Task GetTokensFromRefreshToken_WithRotation_ReturnsANewRefreshTokenAndRefusesReuse()
    {
        await using var s = await Scenario.StartAsync(client: c => c["RefreshTokenRotation"] = new JsonObject { ["Feature"] = "ENABLED", ["RetryGracePeriodSeconds"] = 0 });
        var result = await SignedInAsync(s);
        var request = new JsonObject { ["ClientId"] = s.ClientId, ["RefreshToken"] = result["RefreshToken"]!.DeepClone() };
        var rotated = (await s.Wire.CallAsync("GetTokensFromRefreshToken", request))["AuthenticationResult"]!;
        Assert.NotEqual((string)result["RefreshToken"]!, (string?)rotated["RefreshToken"]);
        s.Clock.Advance(TimeSpan.FromSeconds(1));
        await s.Wire.FailAsync("GetTokensFromRefreshToken", request.DeepClone().AsObject(), "RefreshTokenReuseException");
    }

    [Fact]
    public async Task DeleteUser_RemovesTheUser()
    {
        await using var s = await Scenario.StartAsync();
        var result = await SignedInAsync(s);
        await s.Wire.CallAsync("DeleteUser", new JsonObject { ["AccessToken"] = result["AccessToken"]!.DeepClone() });
        await s.Wire.FailAsync("AdminGetUser", new JsonObject { ["UserPoolId"] = s.Pool.Id, ["Username"] = "ann" }, "UserNotFoundException");
        await s.Wire.FailAsync("GetUser", new JsonObject { ["AccessToken"] = result["AccessToken"]!.DeepClone() }, "NotAuthorizedException");
    }

    [Fact]
    public async Task UpdateUserAttributes_ThenVerify_MarksEmailVerified()
    {
        await using var s = await Scenario.StartAsync(p => p["AutoVerifiedAttributes"] = new JsonArray("email"));
        var result = await SignedInAsync(s);
        var token = (string)result["AccessToken"]!;
        var update = await s.Wire.CallAsync("UpdateUserAttributes", new JsonObject { ["AccessToken"] = token, ["UserAttributes"] = new JsonArray(new JsonObject { ["Name"] = "email", ["Value"] = "new@example.com" }) });
        Assert.Single(update["CodeDeliveryDetailsList"]!.AsArray());
        await s.Wire.CallAsync("VerifyUserAttribute", new JsonObject { ["AccessToken"] = token, ["AttributeName"] = "email", ["Code"] = s.Cognito.Inbox.LatestCode("new@example.com") });
        var user = await s.Wire.CallAsync("GetUser", new JsonObject { ["AccessToken"] = token });
        var attributes = user["UserAttributes"]!.AsArray().ToDictionary(a => (string)a!["Name"]!, a => (string)a!["Value"]!);
        Assert.Equal("new@example.com", attributes["email"]);
        Assert.Equal("true", attributes["email_verified"]);
    }

    [Fact]
    public async Task ChangePassword_WithWrongPreviousPassword_ThrowsNotAuthorized()
    {
        await using var s = await Scenario.StartAsync();
        var result = await SignedInAsync(s);
        await s.Wire.FailAsync("ChangePassword", new JsonObject { ["AccessToken"] = result["AccessToken"]!.DeepClone(), ["PreviousPassword"] = "Wr0ngpass!", ["ProposedPassword"] = "N3wPassword!" }, "NotAuthorizedException");
        await s.Wire.CallAsync("ChangePassword", new JsonObject { ["AccessToken"] = result["AccessToken"]!.DeepClone(), ["PreviousPassword"] = "Passw0rd!", ["ProposedPassword"] = "N3wPassword!" });
        Assert.NotNull((await s.SignInAsync("ann", "N3wPassword!"))["AuthenticationResult"]);
    }
}
