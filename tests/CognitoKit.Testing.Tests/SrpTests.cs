using CognitoKit.Testing.Srp;

namespace CognitoKit.Testing.Tests;

public sealed class SrpTests
{
    private static JsonObject Vectors(string file) => JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", file)))!.AsObject();

    public static TheoryData<int> VectorIndexes()
    {
        var data = new TheoryData<int>();
        for (var i = 0; i < Vectors("srp-vectors.json")["vectors"]!.AsArray().Count; i++)
        {
            data.Add(i);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(VectorIndexes))]
    public void TestClient_ReproducesTheVectorSignature(int index)
    {
        var v = Vectors("srp-vectors.json")["vectors"]![index]!;
        var client = new TestSrpClient(TestSrpClient.Hex((string)v["aHex"]!));
        Assert.Equal((string)v["expected"]!["srpA"]!, client.AHex);
        var signature = client.Signature((string)v["poolName"]!, (string)v["username"]!, (string)v["password"]!, (string)v["saltHex"]!, (string)v["BHex"]!, (string)v["secretBlockB64"]!, (string)v["timestamp"]!);
        Assert.Equal((string)v["expected"]!["signatureB64"]!, signature);
    }

    [Theory]
    [MemberData(nameof(VectorIndexes))]
    public void Server_ReproducesTheVectorServerS(int index)
    {
        var v = Vectors("srp-vectors.json")["vectors"]![index]!;
        var check = v["serverCheck"]!;
        var verifier = new SrpVerifier(TestSrpClient.Hex((string)v["saltHex"]!), TestSrpClient.Hex((string)check["vHex"]!));
        var server = new SrpServerSession(verifier, TestSrpClient.Hex((string)v["expected"]!["AHex"]!), TestSrpClient.Hex((string)check["bHex"]!));
        Assert.Equal(TestSrpClient.Hex((string)v["BHex"]!), server.B);
        Assert.Equal(((string)check["SHex"]!).TrimStart('0'), Convert.ToHexString(SrpGroup.Pad(server.ComputeS())).ToLowerInvariant().TrimStart('0'));
    }

    [Fact]
    public void Server_VerifiesTheVectorSignature()
    {
        foreach (var v in Vectors("srp-vectors.json")["vectors"]!.AsArray().Take(10))
        {
            var check = v!["serverCheck"]!;
            var verifier = new SrpVerifier(TestSrpClient.Hex((string)v["saltHex"]!), TestSrpClient.Hex((string)check["vHex"]!));
            var server = new SrpServerSession(verifier, TestSrpClient.Hex((string)v["expected"]!["AHex"]!), TestSrpClient.Hex((string)check["bHex"]!));
            Assert.Equal((string)v["expected"]!["hkdfKeyHex"]!, Convert.ToHexString(server.DeriveKey()).ToLowerInvariant());
        }
    }

    [Fact]
    public void Server_ReproducesTheDeviceVectors()
    {
        foreach (var v in Vectors("device-srp-vectors.json")["vectors"]!.AsArray())
        {
            var d = v!["deviceSrp"]!;
            var check = d["serverCheck"]!;
            var verifier = new SrpVerifier(TestSrpClient.Hex((string)d["saltHex"]!), TestSrpClient.Hex((string)check["vHex"]!));
            var server = new SrpServerSession(verifier, TestSrpClient.Hex((string)d["expected"]!["AHex"]!), TestSrpClient.Hex((string)check["bHex"]!));
            Assert.Equal(((string)check["SHex"]!).TrimStart('0'), Convert.ToHexString(SrpGroup.Pad(server.ComputeS())).ToLowerInvariant().TrimStart('0'));
        }
    }

    [Fact]
    public async Task SrpSignIn_WithCorrectPassword_IssuesTokens()
    {
        await using var s = await Scenario.StartAsync();
        await s.Pool.AddUserAsync("ann", "Passw0rd!");
        var response = await s.SrpSignInAsync("ann", "Passw0rd!");
        Assert.Equal(200, response.Status);
        Assert.NotNull(response.Body["AuthenticationResult"]!["IdToken"]);
    }

    [Fact]
    public async Task SrpSignIn_WithWrongPassword_ThrowsNotAuthorized()
    {
        await using var s = await Scenario.StartAsync();
        await s.Pool.AddUserAsync("ann", "Passw0rd!");
        var response = await s.SrpSignInAsync("ann", "Wr0ngpass!");
        Assert.Equal("NotAuthorizedException", response.ErrorType);
        Assert.Equal("Incorrect username or password.", (string?)response.Body["message"]);
    }

    [Fact]
    public async Task SrpSignIn_WithEmailAlias_UsesUserIdForSrp()
    {
        await using var s = await Scenario.StartAsync(p => p["UsernameAttributes"] = new JsonArray("email"));
        var user = await s.Pool.AddUserAsync("ann@example.com", "Passw0rd!");
        var response = await s.SrpSignInAsync("ann@example.com", "Passw0rd!");
        Assert.Equal(200, response.Status);
        Assert.Equal(user.Sub, new Microsoft.IdentityModel.JsonWebTokens.JsonWebToken((string)response.Body["AuthenticationResult"]!["AccessToken"]!).GetClaim("username").Value);
    }

    [Fact]
    public async Task SrpSignIn_WithTimestampOutsideTheWindow_IsRefused()
    {
        await using var s = await Scenario.StartAsync();
        await s.Pool.AddUserAsync("ann", "Passw0rd!");
        var srp = new TestSrpClient();
        var challenge = await s.Wire.CallAsync("InitiateAuth", new JsonObject { ["AuthFlow"] = "USER_SRP_AUTH", ["ClientId"] = s.ClientId, ["AuthParameters"] = new JsonObject { ["USERNAME"] = "ann", ["SRP_A"] = srp.AHex } });
        var responses = srp.Answer(challenge["ChallengeParameters"]!.AsObject(), s.Pool.Id.Split('_')[1], "Passw0rd!", s.Clock.GetUtcNow() - TimeSpan.FromMinutes(30));
        await s.Wire.FailAsync("RespondToAuthChallenge", s.Respond(challenge, responses), "NotAuthorizedException");
    }

    [Fact]
    public async Task Srp_WithAZeroA_IsRefused()
    {
        await using var s = await Scenario.StartAsync();
        await s.Pool.AddUserAsync("ann", "Passw0rd!");
        await s.Wire.FailAsync("InitiateAuth", new JsonObject { ["AuthFlow"] = "USER_SRP_AUTH", ["ClientId"] = s.ClientId, ["AuthParameters"] = new JsonObject { ["USERNAME"] = "ann", ["SRP_A"] = "0" } }, "InvalidParameterException");
    }
}
