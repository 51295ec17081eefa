using static CognitoKit.Testing.CognitoEmulatorSocialExtensions;

namespace CognitoKit.Testing.Tests.IdentityPools;

public sealed class SocialLoginTests
{
    public static TheoryData<string, string> Providers => new()
    {
        { Google, SocialTestBed.GoogleClientId },
        { Apple, SocialTestBed.AppleServicesId },
        { Facebook, SocialTestBed.FacebookAppId },
        { CognitoEmulatorSocialExtensions.Amazon, SocialTestBed.AmazonAppId },
    };

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task GetId_WithProviderToken_GivesOneStableIdentityPerSubject(string provider, string appId)
    {
        await using var bed = await SocialTestBed.StartAsync();

        var first = await bed.GetIdAsync(new JsonObject { [provider] = bed.Token(provider, "user-1", appId) });
        var again = await bed.GetIdAsync(new JsonObject { [provider] = bed.Token(provider, "user-1", appId) });
        var other = await bed.GetIdAsync(new JsonObject { [provider] = bed.Token(provider, "user-2", appId) });

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
        var described = await bed.CallAsync("DescribeIdentity", new JsonObject { ["IdentityId"] = first });
        Assert.Equal(provider, (string)Assert.Single(described["Logins"]!.AsArray())!);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task GetCredentialsForIdentity_WithProviderToken_IssuesTheAuthenticatedRole(string provider, string appId)
    {
        await using var bed = await SocialTestBed.StartAsync();
        var logins = new JsonObject { [provider] = bed.Token(provider, "user-1", appId) };
        var identityId = await bed.GetIdAsync(logins);

        var response = await bed.CallAsync("GetCredentialsForIdentity", new JsonObject { ["IdentityId"] = identityId, ["Logins"] = logins.DeepClone() });

        var accessKeyId = (string)response["Credentials"]!["AccessKeyId"]!;
        var issued = bed.Cognito.FindIssuedCredentials(accessKeyId)!;
        Assert.Equal(IdentityTestBed.AuthenticatedRole, issued.RoleArn);
        Assert.Equal(identityId, issued.Subject);
    }

    [Fact]
    public async Task GoogleIdToken_CarriesGooglesIssuerAndTheAppAsAudience()
    {
        await using var bed = await SocialTestBed.StartAsync();

        var claims = IdentityTestBed.Claims(bed.Token(Google, "g-1", SocialTestBed.GoogleClientId));

        Assert.Equal("https://accounts.google.com", (string)claims["iss"]!);
        Assert.Equal(SocialTestBed.GoogleClientId, (string)claims["aud"]!);
        Assert.Equal("g-1", (string)claims["sub"]!);
        Assert.Equal("https://appleid.apple.com", (string)IdentityTestBed.Claims(bed.Token(Apple, "a-1", SocialTestBed.AppleServicesId))["iss"]!);
    }

    [Fact]
    public async Task GetId_WithOidcProviderToken_WhenTheProviderIsListed_GivesAnIdentity()
    {
        await using var bed = await SocialTestBed.StartAsync();
        var token = bed.Token(bed.Oidc.ProviderName, "o-1", SocialTestBed.OidcClientId);

        var first = await bed.GetIdAsync(new JsonObject { ["login.example.com/tenant-1"] = token });
        var again = await bed.GetIdAsync(new JsonObject { [bed.Oidc.ProviderName] = bed.Token(bed.Oidc.ProviderName, "o-1", SocialTestBed.OidcClientId) });

        Assert.Equal(first, again);
        Assert.Equal("https://login.example.com/tenant-1", (string)IdentityTestBed.Claims(token)["iss"]!);
        Assert.Equal("arn:aws:iam::123456789012:oidc-provider/login.example.com/tenant-1", bed.Oidc.Arn);
    }

    [Fact]
    public async Task GetId_WithUserPoolAndGoogleTogether_LinksBothToOneIdentity()
    {
        await using var bed = await SocialTestBed.StartAsync();
        var userPoolToken = await bed.UserPoolIdTokenAsync();
        var alone = await bed.GetIdAsync(new JsonObject { [bed.UserPoolProvider] = userPoolToken });

        var both = await bed.GetIdAsync(new JsonObject
        {
            [bed.UserPoolProvider] = userPoolToken,
            [Google] = bed.Token(Google, "g-alice", SocialTestBed.GoogleClientId),
        });
        var googleOnly = await bed.GetIdAsync(new JsonObject { [Google] = bed.Token(Google, "g-alice", SocialTestBed.GoogleClientId) });

        Assert.Equal(alone, both);
        Assert.Equal(alone, googleOnly);
        var described = await bed.CallAsync("DescribeIdentity", new JsonObject { ["IdentityId"] = alone });
        Assert.Equal(
            new[] { bed.UserPoolProvider, Google }.Order(StringComparer.Ordinal),
            described["Logins"]!.AsArray().Select(n => (string)n!).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task GetId_WithTokenForAnotherApp_ThrowsIncorrectAudience(string provider, string appId)
    {
        await using var bed = await SocialTestBed.StartAsync();
        var token = bed.Token(provider, "user-1", "someone-else-" + appId);

        var message = await bed.FailAsync("GetId", bed.GetIdBody(new JsonObject { [provider] = token }), "NotAuthorizedException");

        Assert.Equal("Invalid login token. Incorrect token audience.", message);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task GetId_WithExpiredProviderToken_ThrowsTokenExpired(string provider, string appId)
    {
        await using var bed = await SocialTestBed.StartAsync();
        var token = bed.Token(provider, "user-1", appId, lifetime: TimeSpan.FromMinutes(5));
        bed.Scenario.Clock.Advance(TimeSpan.FromMinutes(5));

        var message = await bed.FailAsync("GetId", bed.GetIdBody(new JsonObject { [provider] = token }), "NotAuthorizedException");

        Assert.StartsWith("Invalid login token. Token expired: ", message);
    }

    [Fact]
    public async Task GetId_WithProviderThePoolDoesNotList_ThrowsNotFromASupportedProvider()
    {
        await using var bed = await SocialTestBed.StartAsync(body => body.Remove("SupportedLoginProviders"));
        var token = bed.Token(Google, "user-1", SocialTestBed.GoogleClientId);

        var message = await bed.FailAsync("GetId", bed.GetIdBody(new JsonObject { [Google] = token }), "NotAuthorizedException");

        Assert.Equal("Token is not from a supported provider of this identity pool.", message);
    }

    [Fact]
    public async Task GetId_WithUnknownProviderName_ThrowsNotFromASupportedProvider()
    {
        await using var bed = await SocialTestBed.StartAsync();
        var token = bed.Token(Google, "user-1", SocialTestBed.GoogleClientId);

        var message = await bed.FailAsync("GetId", bed.GetIdBody(new JsonObject { ["login.unknown.example"] = token }), "NotAuthorizedException");

        Assert.Equal("Token is not from a supported provider of this identity pool.", message);
    }

    [Fact]
    public async Task GetId_WithGoogleTokenSentAsApple_ThrowsIssuerMismatch()
    {
        await using var bed = await SocialTestBed.StartAsync();
        var token = bed.Token(Google, "user-1", SocialTestBed.AppleServicesId);

        var message = await bed.FailAsync("GetId", bed.GetIdBody(new JsonObject { [Apple] = token }), "NotAuthorizedException");

        Assert.Equal("Invalid login token. Issuer doesn't match providerName", message);
    }

    [Fact]
    public async Task GetId_WithTamperedGoogleToken_ThrowsCouldNotVerify()
    {
        await using var bed = await SocialTestBed.StartAsync();
        var token = bed.Token(Google, "user-1", SocialTestBed.GoogleClientId);
        var claims = IdentityTestBed.Claims(token);
        claims["sub"] = "someone-else";

        var message = await bed.FailAsync("GetId", bed.GetIdBody(new JsonObject { [Google] = IdentityTestBed.WithClaims(token, claims) }), "NotAuthorizedException");

        Assert.Equal("Invalid login token. Couldn't verify signed token.", message);
    }

    [Theory]
    [InlineData(CognitoEmulatorSocialExtensions.Facebook, "Invalid login token. Invalid Facebook token.")]
    [InlineData(CognitoEmulatorSocialExtensions.Amazon, "Invalid login token. Invalid Amazon token.")]
    public async Task GetId_WithOpaqueTokenTheProviderNeverIssued_ThrowsInvalidToken(string provider, string expected)
    {
        await using var bed = await SocialTestBed.StartAsync();

        var message = await bed.FailAsync("GetId", bed.GetIdBody(new JsonObject { [provider] = "EAAnot-a-real-token" }), "NotAuthorizedException");

        Assert.Equal(expected, message);
    }

    [Fact]
    public async Task GetId_WithOidcTokenForAnUnlistedClient_ThrowsIncorrectAudience()
    {
        await using var bed = await SocialTestBed.StartAsync();
        var token = bed.Token(bed.Oidc.ProviderName, "o-1", "another-client");

        var message = await bed.FailAsync("GetId", bed.GetIdBody(new JsonObject { [bed.Oidc.ProviderName] = token }), "NotAuthorizedException");

        Assert.Equal("Invalid login token. Incorrect token audience.", message);
    }

    [Fact]
    public async Task GetId_WithOidcProviderNotInThePoolsArns_ThrowsNotFromASupportedProvider()
    {
        await using var bed = await SocialTestBed.StartAsync(body => body["OpenIdConnectProviderARNs"] = new JsonArray());
        var token = bed.Token(bed.Oidc.ProviderName, "o-1", SocialTestBed.OidcClientId);

        var message = await bed.FailAsync("GetId", bed.GetIdBody(new JsonObject { [bed.Oidc.ProviderName] = token }), "NotAuthorizedException");

        Assert.Equal("Token is not from a supported provider of this identity pool.", message);
    }

    [Fact]
    public async Task IssueSocialToken_ForAProviderTheEmulatorDoesNotKnow_ThrowsArgumentException()
    {
        await using var bed = await SocialTestBed.StartAsync();

        var error = Assert.Throws<ArgumentException>(() => bed.Cognito.IssueSocialToken("login.unknown.example", "s", "a"));

        Assert.Equal("providerName", error.ParamName);
    }
}
