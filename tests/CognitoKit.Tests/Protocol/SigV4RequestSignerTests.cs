using System.Text.RegularExpressions;
using Amazon.Runtime;
using CognitoKit.Protocol.UserPools;

namespace CognitoKit.Tests.Protocol;

public sealed class SigV4RequestSignerTests
{
    private static CannedCognitoHandler Ok() => new(_ => CannedCognitoHandler.Json("{}"));

    [Fact]
    public async Task AdminOperation_IsSignedWithSigV4ForCognitoIdp()
    {
        var handler = Ok();
        var client = TestClients.UserPools(handler, credentials: new BasicAWSCredentials("AKID", "secret-key-for-test"));

        await client.AdminGetUserAsync(new AdminGetUserRequest { UserPoolId = "eu-west-1_abc", Username = "alice" }, CancellationToken.None);

        RecordedCall call = Assert.Single(handler.Calls);
        Assert.Matches(
            new Regex(@"^AWS4-HMAC-SHA256 Credential=AKID/\d{8}/eu-west-1/cognito-idp/aws4_request, SignedHeaders=[a-z0-9;-]+, Signature=[0-9a-f]{64}$"),
            call.Headers["Authorization"]);
        Assert.Contains("x-amz-target", call.Headers["Authorization"], StringComparison.Ordinal);
        Assert.Matches(new Regex(@"^\d{8}T\d{6}Z$"), call.Headers["X-Amz-Date"]);
        Assert.False(call.Headers.ContainsKey("X-Amz-Security-Token"));
        Assert.DoesNotContain("secret-key-for-test", string.Join("\n", call.Headers.Values), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AdminOperation_WithSessionCredentials_CarriesTheSecurityToken()
    {
        var handler = Ok();
        var client = TestClients.UserPools(handler, credentials: new SessionAWSCredentials("ASIAKID", "secret", "the-session-token"));

        await client.AdminDeleteUserAsync(new AdminDeleteUserRequest { UserPoolId = "eu-west-1_abc", Username = "bob" }, CancellationToken.None);

        RecordedCall call = Assert.Single(handler.Calls);
        Assert.StartsWith("AWS4-HMAC-SHA256 Credential=ASIAKID/", call.Headers["Authorization"], StringComparison.Ordinal);
        Assert.Equal("the-session-token", call.Headers["X-Amz-Security-Token"]);
        Assert.Contains("x-amz-security-token", call.Headers["Authorization"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignedDate_IsTheDateOfXAmzDate()
    {
        var handler = Ok();
        var client = TestClients.UserPools(handler);

        await client.AdminUserGlobalSignOutAsync(new() { UserPoolId = "eu-west-1_abc", Username = "u" }, CancellationToken.None);

        RecordedCall call = Assert.Single(handler.Calls);
        Assert.Contains("/" + call.Headers["X-Amz-Date"][..8] + "/", call.Headers["Authorization"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("InitiateAuth")]
    [InlineData("SignUp")]
    [InlineData("GetUser")]
    [InlineData("RevokeToken")]
    [InlineData("GetTokensFromRefreshToken")]
    public async Task UnsignedOperation_CarriesNoSigV4Header(string operation)
    {
        var handler = Ok();
        var client = TestClients.UserPools(handler);

        await TestClients.InvokeAsync(client, operation);

        RecordedCall call = Assert.Single(handler.Calls);
        Assert.False(call.Headers.ContainsKey("Authorization"));
        Assert.False(call.Headers.ContainsKey("X-Amz-Date"));
        Assert.False(call.Headers.ContainsKey("X-Amz-Security-Token"));
    }

    [Theory]
    [InlineData("GetId")]
    [InlineData("GetCredentialsForIdentity")]
    [InlineData("GetOpenIdToken")]
    public async Task IdentityOperation_IsUnsigned(string operation)
    {
        var handler = Ok();
        var client = TestClients.Identity(handler);

        await TestClients.InvokeAsync(client, operation);

        RecordedCall call = Assert.Single(handler.Calls);
        Assert.False(call.Headers.ContainsKey("Authorization"));
        Assert.Equal("AWSCognitoIdentityService." + operation, call.Headers["X-Amz-Target"]);
    }

    [Fact]
    public async Task EveryRequest_IsAwsJson11PostToTheRoot()
    {
        var handler = Ok();
        var client = TestClients.UserPools(handler);

        await client.InitiateAuthAsync(new() { AuthFlow = "USER_SRP_AUTH", ClientId = "c" }, CancellationToken.None);

        RecordedCall call = Assert.Single(handler.Calls);
        Assert.Equal("/", call.Uri.AbsolutePath);
        Assert.Equal("application/x-amz-json-1.1", call.Headers["Content-Type"]);
        Assert.Equal("AWSCognitoIdentityProviderService.InitiateAuth", call.Headers["X-Amz-Target"]);
        Assert.Equal("""{"AuthFlow":"USER_SRP_AUTH","ClientId":"c"}""", call.Body);
    }

    [Fact]
    public async Task CredentialsThatCannotBeResolved_GiveAClearErrorWithoutCallingCognito()
    {
        var handler = Ok();
        var client = TestClients.UserPools(handler, credentials: new FailingCredentials());

        var ex = await Assert.ThrowsAnyAsync<Exception>(() => client.AdminGetUserAsync(new() { UserPoolId = "eu-west-1_abc", Username = "u" }, CancellationToken.None));

        Assert.Empty(handler.Calls);
        Assert.Contains("no credentials here", ex.ToString(), StringComparison.Ordinal);
    }

    private sealed class FailingCredentials : AWSCredentials
    {
        public override ImmutableCredentials GetCredentials() => throw new AmazonClientException("no credentials here");

        public override Task<ImmutableCredentials> GetCredentialsAsync() => throw new AmazonClientException("no credentials here");
    }
}
