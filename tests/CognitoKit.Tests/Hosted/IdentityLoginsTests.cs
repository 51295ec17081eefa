using CognitoKit.Hosted;

namespace CognitoKit.Tests.Hosted;

public sealed class IdentityLoginsTests
{
    [Fact]
    public void WithProviders_KeysEachTokenByItsIdentityPoolProviderName()
    {
        var logins = IdentityLogins.Empty
            .WithGoogle("g-token")
            .WithFacebook("f-token")
            .WithApple("a-token")
            .WithAmazon("z-token")
            .WithOpenIdConnect("login.example.com/", "o-token")
            .WithUserPool("eu-west-1", "eu-west-1_AbC", "u-token");

        Assert.Equal("g-token", logins.Logins["accounts.google.com"]);
        Assert.Equal("f-token", logins.Logins["graph.facebook.com"]);
        Assert.Equal("a-token", logins.Logins["appleid.apple.com"]);
        Assert.Equal("z-token", logins.Logins["www.amazon.com"]);
        Assert.Equal("o-token", logins.Logins["login.example.com"]);
        Assert.Equal("u-token", logins.Logins["cognito-idp.eu-west-1.amazonaws.com/eu-west-1_AbC"]);
        Assert.Empty(IdentityLogins.Empty.Logins);
        Assert.DoesNotContain("token", logins.ToString().Replace("IdentityLogins", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void WithOpenIdConnect_GivenAUrlWithScheme_ThrowsArgumentException()
    {
        var error = Assert.Throws<ArgumentException>(() => IdentityLogins.Empty.WithOpenIdConnect("https://login.example.com", "t"));

        Assert.Equal("providerName", error.ParamName);
    }
}
