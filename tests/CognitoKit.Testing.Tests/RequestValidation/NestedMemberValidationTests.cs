namespace CognitoKit.Testing.Tests.RequestValidation;

/// <summary>Wrong JSON types and unknown enum values inside nested structures get Cognito's 400s, never a 500 or a silent default.</summary>
public sealed class NestedMemberValidationTests
{
    public static TheoryData<string> BadCreateUserPoolBodies() => new()
    {
        """{"DeviceConfiguration":{"ChallengeRequiredOnNewDevice":"yes"}}""",
        """{"Policies":{"SignInPolicy":5}}""",
        """{"Policies":{"SignInPolicy":{"AllowedFirstAuthFactors":[5]}}}""",
        """{"Policies":{"SignInPolicy":{"AllowedFirstAuthFactors":["BOGUS"]}}}""",
        """{"Policies":{"PasswordPolicy":"strict"}}""",
        """{"Policies":{"PasswordPolicy":{"MinimumLength":"twelve"}}}""",
        """{"Policies":{"PasswordPolicy":{"MinimumLength":2}}}""",
        """{"Policies":{"PasswordPolicy":{"RequireSymbols":"true"}}}""",
        """{"UsernameConfiguration":{"CaseSensitive":1}}""",
        """{"MfaConfiguration":"SOMETIMES"}""",
        """{"UsernameAttributes":["nickname"]}""",
        """{"Schema":[5]}""",
        """{"Schema":[{"Name":"tier","Mutable":"yes"}]}""",
        """{"Schema":[{"Name":"tier","AttributeDataType":"Text"}]}""",
    };

    [Theory]
    [MemberData(nameof(BadCreateUserPoolBodies))]
    public async Task CreateUserPool_WithBadNestedMember_ThrowsInvalidParameter(string extra)
    {
        await using var cognito = await CognitoEmulator.StartAsync();
        using var wire = new Wire(cognito.Endpoint);
        var body = JsonNode.Parse(extra)!.AsObject();
        body["PoolName"] = "bad";

        var response = await wire.SendAsync("CreateUserPool", body);

        Assert.Equal(400, response.Status);
        Assert.Equal("InvalidParameterException", response.ErrorType);
    }

    [Fact]
    public async Task CreateUserPool_WithUnknownMfaConfiguration_NamesTheEnumValues()
    {
        await using var cognito = await CognitoEmulator.StartAsync();
        using var wire = new Wire(cognito.Endpoint);

        var message = await wire.FailAsync("CreateUserPool", new JsonObject { ["PoolName"] = "p", ["MfaConfiguration"] = "SOMETIMES" }, "InvalidParameterException");

        Assert.Contains("Value 'SOMETIMES' at 'mfaConfiguration'", message, StringComparison.Ordinal);
        Assert.Contains("[OFF, ON, OPTIONAL]", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SetUserPoolMfaConfig_WithStringEnabled_ThrowsInvalidParameter()
    {
        await using var s = await Scenario.StartAsync();

        await s.Wire.FailAsync("SetUserPoolMfaConfig", new JsonObject
        {
            ["UserPoolId"] = s.Pool.Id,
            ["SoftwareTokenMfaConfiguration"] = new JsonObject { ["Enabled"] = "true" },
        }, "InvalidParameterException");
    }

    [Fact]
    public async Task SetUserMFAPreference_WithStringEnabled_ThrowsInvalidParameter()
    {
        await using var s = await Scenario.StartAsync();
        await s.Pool.AddUserAsync("alice", "Passw0rd!");
        var tokens = (await s.SignInAsync("alice", "Passw0rd!"))["AuthenticationResult"]!;

        await s.Wire.FailAsync("SetUserMFAPreference", new JsonObject
        {
            ["AccessToken"] = (string)tokens["AccessToken"]!,
            ["SMSMfaSettings"] = new JsonObject { ["Enabled"] = "yes" },
        }, "InvalidParameterException");
    }

    [Fact]
    public async Task CreateUserPool_WithValidNestedMembers_KeepsThem()
    {
        await using var cognito = await CognitoEmulator.StartAsync();
        using var wire = new Wire(cognito.Endpoint);

        var pool = (await wire.CallAsync("CreateUserPool", new JsonObject
        {
            ["PoolName"] = "ok",
            ["Policies"] = new JsonObject
            {
                ["PasswordPolicy"] = new JsonObject { ["MinimumLength"] = 12, ["RequireSymbols"] = true },
                ["SignInPolicy"] = new JsonObject { ["AllowedFirstAuthFactors"] = new JsonArray("PASSWORD", "EMAIL_OTP") },
            },
            ["DeviceConfiguration"] = new JsonObject { ["ChallengeRequiredOnNewDevice"] = true },
        }))["UserPool"]!;

        Assert.Equal(12, (int)pool["Policies"]!["PasswordPolicy"]!["MinimumLength"]!);
        Assert.True((bool)pool["Policies"]!["PasswordPolicy"]!["RequireSymbols"]!);
        Assert.Equal(["PASSWORD", "EMAIL_OTP"], pool["Policies"]!["SignInPolicy"]!["AllowedFirstAuthFactors"]!.AsArray().Select(n => (string)n!));
    }
}
