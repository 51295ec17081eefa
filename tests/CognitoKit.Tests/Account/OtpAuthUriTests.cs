using CognitoKit.Account;

namespace CognitoKit.Tests.Account;

public sealed class OtpAuthUriTests
{
    [Fact]
    public void Create_EscapesIssuerAndAccountButKeepsTheLabelColon()
    {
        string uri = OtpAuthUri.Create("Acme & Co", "alice@example.com", "ABC234");

        Assert.Equal("otpauth://totp/Acme%20%26%20Co:alice%40example.com?secret=ABC234&issuer=Acme%20%26%20Co", uri);
    }

    [Fact]
    public void Create_WithColonInIssuer_EscapesIt()
    {
        string uri = OtpAuthUri.Create("a:b", "bob", "ABC234");

        Assert.StartsWith("otpauth://totp/a%3Ab:bob?", uri, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_WithEmptyIssuer_ThrowsNamingIssuer()
    {
        var ex = Assert.Throws<ArgumentException>(() => OtpAuthUri.Create(" ", "bob", "ABC234"));

        Assert.Equal("issuer", ex.ParamName);
    }
}
