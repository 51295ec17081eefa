using System.Text.Json;
using CognitoKit.Protocol;
using CognitoKit.Protocol.Identity;
using CognitoKit.Protocol.UserPools;
using CognitoKit.Shared;

namespace CognitoKit.Tests.Protocol;

public sealed class WireJsonTests
{
    private static readonly CognitoJsonContext Json = CognitoJsonContext.Default;

    [Fact]
    public void Read_UnknownChallengeName_IsKeptAsSent()
    {
        var answer = JsonSerializer.Deserialize("""{"ChallengeName":"QUANTUM_MFA","Session":"s"}""", Json.InitiateAuthResponse)!;

        Assert.Equal("QUANTUM_MFA", answer.ChallengeName);
    }

    [Fact]
    public void Read_UnknownEnumValuesInNestedRecords_AreKept()
    {
        var answer = JsonSerializer.Deserialize(
            """{"User":{"Username":"u","UserStatus":"HIBERNATING","MFAOptions":[{"DeliveryMedium":"PIGEON","AttributeName":"x"}]}}""",
            Json.AdminCreateUserResponse)!;

        Assert.Equal("HIBERNATING", answer.User!.UserStatus);
        Assert.Equal("PIGEON", answer.User.MFAOptions![0].DeliveryMedium);
    }

    [Fact]
    public void Read_UnknownMembers_AreIgnored()
    {
        var answer = JsonSerializer.Deserialize(
            """{"FutureMember":{"deep":[1,2,{"x":null}]},"UserConfirmed":true,"UserSub":"sub","AnotherOne":42}""",
            Json.SignUpResponse)!;

        Assert.True(answer.UserConfirmed);
        Assert.Equal("sub", answer.UserSub);
    }

    [Fact]
    public void Read_TokensWithoutExpiresInOrTokenType_AreFine()
    {
        var answer = JsonSerializer.Deserialize("""{"AuthenticationResult":{"AccessToken":"a","IdToken":"i"}}""", Json.InitiateAuthResponse)!;

        Assert.Equal("a", answer.AuthenticationResult!.AccessToken);
        Assert.Null(answer.AuthenticationResult.ExpiresIn);
        Assert.Null(answer.AuthenticationResult.TokenType);
        Assert.Null(answer.Session);
        Assert.Null(answer.ChallengeParameters);
    }

    [Fact]
    public void Read_ChallengeWithoutSessionOrParameters_IsFine()
    {
        var answer = JsonSerializer.Deserialize("""{"ChallengeName":"SMS_MFA"}""", Json.RespondToAuthChallengeResponse)!;

        Assert.Equal(ChallengeNameType.SmsMfa, answer.ChallengeName);
        Assert.Null(answer.Session);
        Assert.Null(answer.ChallengeParameters);
    }

    [Fact]
    public void Read_EmptyAnswer_GivesEmptyRecord()
    {
        var answer = JsonSerializer.Deserialize("{}", Json.GetUserResponse)!;

        Assert.Null(answer.Username);
        Assert.Null(answer.UserAttributes);
    }

    [Theory]
    [InlineData("1659377625", 1659377625000L)]
    [InlineData("1659377625.123", 1659377625123L)]
    [InlineData("1.659377625E9", 1659377625000L)]
    [InlineData("1.659377625123e+9", 1659377625123L)]
    [InlineData("\"1659377625.5\"", 1659377625500L)]
    [InlineData("\"2022-08-01T18:13:45Z\"", 1659377625000L)]
    public void Read_EpochTimestampInAnyNumberForm_GivesTheInstant(string json, long expectedMs)
    {
        var answer = JsonSerializer.Deserialize($$$"""{"Device":{"DeviceKey":"k","DeviceCreateDate":{{{json}}},"DeviceLastModifiedDate":{{{json}}}}}""", Json.GetDeviceResponse)!;

        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(expectedMs), answer.Device!.DeviceCreateDate);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(expectedMs), answer.Device.DeviceLastModifiedDate);
        Assert.Null(answer.Device.DeviceLastAuthenticatedDate);
    }

    [Fact]
    public void Read_CredentialsExpirationInExponentForm_GivesTheInstant()
    {
        var answer = JsonSerializer.Deserialize(
            """{"IdentityId":"eu-west-1:1","Credentials":{"AccessKeyId":"ASIA","SecretKey":"k","SessionToken":"t","Expiration":1.7E9}}""",
            Json.GetCredentialsForIdentityResponse)!;

        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1_700_000_000), answer.Credentials!.Expiration);
    }

    [Theory]
    [InlineData("true")]
    [InlineData("{}")]
    [InlineData("\"not a date\"")]
    public void Read_TimestampOfWrongKind_IsAJsonError(string json)
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize($$"""{"UserCreateDate":{{json}}}""", Json.AdminGetUserResponse));
    }

    [Fact]
    public void Write_Timestamp_IsEpochSeconds()
    {
        var record = new DeviceType { DeviceCreateDate = DateTimeOffset.FromUnixTimeSeconds(1_659_377_625), DeviceLastModifiedDate = DateTimeOffset.FromUnixTimeMilliseconds(1_659_377_625_250) };

        string json = JsonSerializer.Serialize(record, Json.DeviceType);

        Assert.Contains("\"DeviceCreateDate\":1659377625", json, StringComparison.Ordinal);
        Assert.Contains("\"DeviceLastModifiedDate\":1659377625.25", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_UnsetMembers_AreLeftOut()
    {
        string json = JsonSerializer.Serialize(new InitiateAuthRequest { AuthFlow = AuthFlowType.UserSrpAuth, ClientId = "client" }, Json.InitiateAuthRequest);

        Assert.Equal("""{"AuthFlow":"USER_SRP_AUTH","ClientId":"client"}""", json);
    }

    [Fact]
    public void Write_HttpHeader_UsesTheModelsLowercaseNames()
    {
        string json = JsonSerializer.Serialize(new HttpHeader { HeaderName = "User-Agent", HeaderValue = "x" }, Json.HttpHeader);

        Assert.Equal("""{"headerName":"User-Agent","headerValue":"x"}""", json);
    }

    [Fact]
    public void Write_Request_RoundTripsMapsListsAndNestedRecords()
    {
        var request = new SignUpRequest
        {
            ClientId = "c",
            Username = "u",
            UserAttributes = [new AttributeType { Name = "email", Value = "a@b.c" }],
            ClientMetadata = new() { ["k"] = "v" },
        };

        var back = JsonSerializer.Deserialize(JsonSerializer.Serialize(request, Json.SignUpRequest), Json.SignUpRequest)!;

        Assert.Equal("email", back.UserAttributes![0].Name);
        Assert.Equal("v", back.ClientMetadata!["k"]);
    }

    [Fact]
    public void Read_IdentityAnswers_ReadTheirMembers()
    {
        var id = JsonSerializer.Deserialize("""{"IdentityId":"eu-west-1:abc"}""", Json.GetIdResponse)!;
        var token = JsonSerializer.Deserialize("""{"IdentityId":"eu-west-1:abc","Token":"oidc"}""", Json.GetOpenIdTokenResponse)!;

        Assert.Equal("eu-west-1:abc", id.IdentityId);
        Assert.Equal("oidc", token.Token);
    }
}
