using CognitoKit.Tokens;

namespace CognitoKit.Tests.Tokens;

/// <summary><see cref="CognitoTokenValidator.GetOptions"/> hands out a copy: nothing done to it reaches the validator.</summary>
public sealed class CognitoTokenValidatorOptionsCopyTests
{
    private static readonly HttpClient Http = new();

    [Fact]
    public void GetOptions_ReturnsTheSettingsInForce()
    {
        var validator = new CognitoTokenValidator(
            new CognitoTokenValidationOptions
            {
                UserPoolId = "eu-west-1_AbC123",
                AllowedClientIds = ["client-a"],
                RequiredGroups = ["admins"],
                ClockSkew = TimeSpan.FromSeconds(30),
                ValidateNotBefore = false,
            },
            Http);

        CognitoTokenValidationOptions options = validator.GetOptions();

        Assert.Equal("eu-west-1_AbC123", options.UserPoolId);
        Assert.Equal(["client-a"], options.AllowedClientIds);
        Assert.Equal(["admins"], options.RequiredGroups);
        Assert.Equal(TimeSpan.FromSeconds(30), options.ClockSkew);
        Assert.False(options.ValidateNotBefore);
        Assert.True(options.ValidateExpiration);
    }

    [Fact]
    public void GetOptions_WhenTheCopyIsChanged_LeavesTheValidatorAsItWas()
    {
        var validator = new CognitoTokenValidator(
            new CognitoTokenValidationOptions { UserPoolId = "eu-west-1_AbC123", AllowedClientIds = ["client-a"] }, Http);

        CognitoTokenValidationOptions copy = validator.GetOptions();
        copy.ValidateExpiration = false;
        copy.ValidateIssuer = false;
        copy.ClockSkew = TimeSpan.FromMinutes(5);
        copy.AllowedClientIds.Add("client-b");

        CognitoTokenValidationOptions again = validator.GetOptions();
        Assert.True(again.ValidateExpiration);
        Assert.True(again.ValidateIssuer);
        Assert.Equal(TimeSpan.FromSeconds(60), again.ClockSkew);
        Assert.Equal(["client-a"], again.AllowedClientIds);
    }
}
