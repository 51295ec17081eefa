using CognitoKit.Tokens;
using Microsoft.Extensions.DependencyInjection;

namespace CognitoKit.Tests.Tokens;

/// <summary>
/// The validator behind <c>cognito.Tokens</c> accepts both of a pool's issuer forms when configured from the pool id,
/// and only the overridden issuer when one is given.
/// </summary>
public sealed class FacadeIssuerFormTests
{
    [Fact]
    public void Tokens_ConfiguredFromThePoolId_AcceptsTheOriginalAndTheUpdatedIssuer()
    {
        using var provider = new ServiceCollection()
            .AddCognitoKit(o =>
            {
                o.UserPoolId = "eu-west-1_AbC123";
                o.ClientId = "4p0g3ovcabcdef1234567890ab";
            })
            .Services.BuildServiceProvider();

        var validator = Assert.IsType<CognitoTokenValidator>(provider.GetRequiredService<ICognitoKit>().Tokens);

        Assert.Equal(
            ["https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_AbC123", "https://issuer-cognito-idp.eu-west-1.amazonaws.com/eu-west-1_AbC123"],
            validator.AcceptedIssuers);
    }

    [Fact]
    public void Tokens_WithAnEndpointOverride_AcceptsOnlyTheEndpointsIssuer()
    {
        using var provider = new ServiceCollection()
            .AddCognitoKit(o =>
            {
                o.UserPoolId = "eu-west-1_AbC123";
                o.ClientId = "4p0g3ovcabcdef1234567890ab";
                o.UserPoolEndpoint = new Uri("http://127.0.0.1:9229/");
            })
            .Services.BuildServiceProvider();

        var validator = Assert.IsType<CognitoTokenValidator>(provider.GetRequiredService<ICognitoKit>().Tokens);

        Assert.Equal(["http://127.0.0.1:9229/eu-west-1_AbC123"], validator.AcceptedIssuers);
    }
}
