using Amazon.Runtime;
using Amazon.SecurityToken;
using Amazon.SecurityToken.Model;
using CognitoKit.Testing.Tests.IdentityPools;

namespace CognitoKit.Testing.Tests.Sts;

public sealed class GetCallerIdentityTests
{
    [Fact]
    public async Task GetCallerIdentity_SignedByTheAwsSdkWithSignedInCredentials_AnswersTheAuthenticatedRole()
    {
        await using var bed = await IdentityTestBed.StartAsync();
        var credentials = await StsTestBed.SignedInCredentialsAsync(bed);
        using var sts = StsTestBed.Client(bed.Cognito, StsTestBed.Credentials(credentials));

        var caller = await sts.GetCallerIdentityAsync(new GetCallerIdentityRequest());

        Assert.Equal("arn:aws:sts::123456789012:assumed-role/signed-in-users/CognitoIdentityCredentials", caller.Arn);
        Assert.Equal("123456789012", caller.Account);
        Assert.Matches("^AROA[A-Z2-7]{17}:CognitoIdentityCredentials$", caller.UserId);
    }

    [Fact]
    public async Task GetCallerIdentity_ForGuestAndSignedInUser_ShowsDifferentRoles()
    {
        await using var bed = await IdentityTestBed.StartAsync();
        var guest = await bed.GetCredentialsAsync(await bed.GetIdAsync());
        var user = await StsTestBed.SignedInCredentialsAsync(bed);
        using var guestSts = StsTestBed.Client(bed.Cognito, StsTestBed.Credentials(guest));
        using var userSts = StsTestBed.Client(bed.Cognito, StsTestBed.Credentials(user));

        var guestArn = (await guestSts.GetCallerIdentityAsync(new GetCallerIdentityRequest())).Arn;
        var userArn = (await userSts.GetCallerIdentityAsync(new GetCallerIdentityRequest())).Arn;

        Assert.Equal("arn:aws:sts::123456789012:assumed-role/guests/CognitoIdentityCredentials", guestArn);
        Assert.Equal("arn:aws:sts::123456789012:assumed-role/signed-in-users/CognitoIdentityCredentials", userArn);
    }

    [Fact]
    public async Task GetCallerIdentity_SignedWithWrongSecretKey_ThrowsSignatureDoesNotMatch()
    {
        await using var bed = await IdentityTestBed.StartAsync();
        var c = (await StsTestBed.SignedInCredentialsAsync(bed))["Credentials"]!;
        using var sts = StsTestBed.Client(bed.Cognito, new SessionAWSCredentials((string)c["AccessKeyId"]!, new string('x', 40), (string)c["SessionToken"]!));

        var error = await Assert.ThrowsAsync<AmazonSecurityTokenServiceException>(() => sts.GetCallerIdentityAsync(new GetCallerIdentityRequest()));

        Assert.Equal("SignatureDoesNotMatch", error.ErrorCode);
    }

    [Fact]
    public async Task GetCallerIdentity_WithTamperedSignature_ThrowsSignatureDoesNotMatch()
    {
        await using var bed = await IdentityTestBed.StartAsync();
        using var sts = StsTestBed.Client(bed.Cognito, StsTestBed.Credentials(await StsTestBed.SignedInCredentialsAsync(bed)), new SignatureTamperingHttpClientFactory());

        var error = await Assert.ThrowsAsync<AmazonSecurityTokenServiceException>(() => sts.GetCallerIdentityAsync(new GetCallerIdentityRequest()));

        Assert.Equal("SignatureDoesNotMatch", error.ErrorCode);
    }

    [Fact]
    public async Task GetCallerIdentity_WithUnknownAccessKey_ThrowsInvalidClientTokenId()
    {
        await using var bed = await IdentityTestBed.StartAsync();
        using var sts = StsTestBed.Client(bed.Cognito, new SessionAWSCredentials("ASIAAAAAAAAAAAAAAAAA", new string('s', 40), "token"));

        var error = await Assert.ThrowsAsync<AmazonSecurityTokenServiceException>(() => sts.GetCallerIdentityAsync(new GetCallerIdentityRequest()));

        Assert.Equal("InvalidClientTokenId", error.ErrorCode);
    }

    [Fact]
    public async Task GetCallerIdentity_WithWrongSessionToken_ThrowsInvalidClientTokenId()
    {
        await using var bed = await IdentityTestBed.StartAsync();
        var c = (await StsTestBed.SignedInCredentialsAsync(bed))["Credentials"]!;
        using var sts = StsTestBed.Client(bed.Cognito, new SessionAWSCredentials((string)c["AccessKeyId"]!, (string)c["SecretKey"]!, "not-the-session-token"));

        var error = await Assert.ThrowsAsync<AmazonSecurityTokenServiceException>(() => sts.GetCallerIdentityAsync(new GetCallerIdentityRequest()));

        Assert.Equal("InvalidClientTokenId", error.ErrorCode);
    }

    [Fact]
    public async Task GetCallerIdentity_AfterCredentialsExpire_ThrowsExpiredToken()
    {
        await using var bed = await IdentityTestBed.StartAsync();
        var credentials = StsTestBed.Credentials(await StsTestBed.SignedInCredentialsAsync(bed));
        bed.Clock.Advance(TimeSpan.FromHours(1));
        using var sts = StsTestBed.Client(bed.Cognito, credentials);

        var error = await Assert.ThrowsAsync<AmazonSecurityTokenServiceException>(() => sts.GetCallerIdentityAsync(new GetCallerIdentityRequest()));

        Assert.Equal("ExpiredToken", error.ErrorCode);
    }

    [Fact]
    public async Task GetCallerIdentity_Unsigned_AnswersStsXmlError()
    {
        await using var bed = await IdentityTestBed.StartAsync();

        var (status, body) = await StsTestBed.PostFormAsync(bed, new Dictionary<string, string> { ["Action"] = "GetCallerIdentity", ["Version"] = "2011-06-15" });

        Assert.Equal(403, status);
        Assert.Equal(StsTestBed.Ns + "ErrorResponse", body.Name);
        Assert.Equal("Sender", body.Element(StsTestBed.Ns + "Error")?.Element(StsTestBed.Ns + "Type")?.Value);
        Assert.Equal("MissingAuthenticationToken", StsTestBed.ErrorCode(body));
        Assert.False(string.IsNullOrEmpty(body.Element(StsTestBed.Ns + "RequestId")?.Value));
    }

    /// <summary>Lets the SDK sign, then flips one hex digit of the signature on the way out.</summary>
    private sealed class SignatureTamperingHttpClientFactory : HttpClientFactory
    {
        public override HttpClient CreateHttpClient(IClientConfig clientConfig) => new(new TamperingHandler(new HttpClientHandler()));

        private sealed class TamperingHandler(HttpMessageHandler inner) : DelegatingHandler(inner)
        {
            protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
            {
                var auth = request.Headers.GetValues("Authorization").Single();
                var last = auth[^1];
                request.Headers.Remove("Authorization");
                request.Headers.TryAddWithoutValidation("Authorization", auth[..^1] + (last == '0' ? '1' : '0'));
                return base.SendAsync(request, cancellationToken);
            }
        }
    }
}
