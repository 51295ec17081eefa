namespace CognitoKit.Testing.Tests;

/// <summary>The emulator's typed set-up values (<see cref="MfaConfiguration"/>, <see cref="MessagePurpose"/>) and the wire names they stand for.</summary>
public sealed class TypedSetUpTests
{
    [Theory]
    [InlineData(MfaConfiguration.Off, "OFF")]
    [InlineData(MfaConfiguration.On, "ON")]
    [InlineData(MfaConfiguration.Optional, "OPTIONAL")]
    public async Task SetMfaConfig_WithEachConfiguration_IsWhatGetUserPoolMfaConfigAnswers(MfaConfiguration configuration, string wireName)
    {
        await using var s = await Scenario.StartAsync();

        await s.Pool.SetMfaConfigAsync(configuration, softwareToken: configuration != MfaConfiguration.Off);
        var answer = await s.Cognito.InvokeAsync("GetUserPoolMfaConfig", new JsonObject { ["UserPoolId"] = s.Pool.Id });

        Assert.Equal(wireName, (string?)answer["MfaConfiguration"]);
    }

    [Fact]
    public async Task SetMfaConfig_WithAValueOutsideTheEnum_ThrowsNamingTheParameter()
    {
        await using var s = await Scenario.StartAsync();

        var ex = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => s.Pool.SetMfaConfigAsync((MfaConfiguration)42));

        Assert.Equal("mfaConfiguration", ex.ParamName);
    }

    [Fact]
    public async Task Inbox_SmsMfaCode_IsFoundByItsPurpose_AndTheDebugApiNamesIt_SMS_MFA()
    {
        await using var s = await Scenario.StartAsync();
        await s.Pool.SetMfaConfigAsync(MfaConfiguration.On, sms: true);
        await s.Pool.AddUserAsync("ann", "Passw0rd!", new Dictionary<string, string> { ["phone_number"] = "+15555550100" });
        await s.SignInAsync("ann", "Passw0rd!");

        DeliveredMessage message = Assert.IsType<DeliveredMessage>(s.Cognito.Inbox.Latest("ann", MessagePurpose.SmsMfa));
        using var response = await s.Wire.Http.GetAsync(new Uri("/_emulator/inbox?username=ann&purpose=SMS_MFA", UriKind.Relative));
        var listed = (await WireResponse.ReadAsync(response)).Body["messages"]!.AsArray();

        Assert.Equal(MessagePurpose.SmsMfa, message.Purpose);
        Assert.Null(s.Cognito.Inbox.Latest("ann", MessagePurpose.SignUp));
        Assert.Equal(message.Code, (string?)Assert.Single(listed)!["code"]);
        Assert.Equal("SMS_MFA", (string?)listed[0]!["purpose"]);
    }
}
