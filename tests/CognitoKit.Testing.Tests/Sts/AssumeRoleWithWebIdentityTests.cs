using Amazon.Runtime;
using Amazon.SecurityToken;
using Amazon.SecurityToken.Model;
using CognitoKit.Testing.Tests.IdentityPools;

namespace CognitoKit.Testing.Tests.Sts;

public sealed class AssumeRoleWithWebIdentityTests
{
    [Fact]
    public async Task AssumeRoleWithWebIdentity_WithOpenIdTokenOfSignedInUser_IssuesCredentialsThatSign()
    {
        await using var bed = await IdentityTestBed.StartAsync();
        var (identityId, token) = await OpenIdTokenAsync(bed, signedIn: true);
        using var anonymous = StsTestBed.Client(bed.Cognito, new AnonymousAWSCredentials());

        var assumed = await anonymous.AssumeRoleWithWebIdentityAsync(new AssumeRoleWithWebIdentityRequest
        {
            RoleArn = IdentityTestBed.AuthenticatedRole,
            RoleSessionName = "web-session",
            WebIdentityToken = token,
            DurationSeconds = 900,
        });

        Assert.Equal(identityId, assumed.SubjectFromWebIdentityToken);
        Assert.Equal(bed.IdentityPool.Id, assumed.Audience);
        Assert.Equal("arn:aws:sts::123456789012:assumed-role/signed-in-users/web-session", assumed.AssumedRoleUser.Arn);
        Assert.Equal(bed.Clock.GetUtcNow().AddSeconds(900).ToUnixTimeSeconds(), new DateTimeOffset(assumed.Credentials.Expiration!.Value.ToUniversalTime()).ToUnixTimeSeconds());
        using var signed = StsTestBed.Client(bed.Cognito, assumed.Credentials);
        var caller = await signed.GetCallerIdentityAsync(new GetCallerIdentityRequest());
        Assert.Equal(assumed.AssumedRoleUser.Arn, caller.Arn);
    }

    [Fact]
    public async Task AssumeRoleWithWebIdentity_GuestTokenForTheAuthenticatedRole_ThrowsAccessDenied()
    {
        await using var bed = await IdentityTestBed.StartAsync();
        var (_, token) = await OpenIdTokenAsync(bed, signedIn: false);

        var (status, body) = await StsTestBed.PostFormAsync(bed, Form(IdentityTestBed.AuthenticatedRole, token));

        Assert.Equal(403, status);
        Assert.Equal("AccessDenied", StsTestBed.ErrorCode(body));
    }

    [Fact]
    public async Task AssumeRoleWithWebIdentity_GuestTokenForTheUnauthenticatedRole_Succeeds()
    {
        await using var bed = await IdentityTestBed.StartAsync();
        var (identityId, token) = await OpenIdTokenAsync(bed, signedIn: false);

        var (status, body) = await StsTestBed.PostFormAsync(bed, Form(IdentityTestBed.UnauthenticatedRole, token));

        Assert.Equal(200, status);
        var result = body.Element(StsTestBed.Ns + "AssumeRoleWithWebIdentityResult")!;
        Assert.Equal(identityId, result.Element(StsTestBed.Ns + "SubjectFromWebIdentityToken")?.Value);
        Assert.StartsWith("ASIA", result.Element(StsTestBed.Ns + "Credentials")?.Element(StsTestBed.Ns + "AccessKeyId")?.Value);
    }

    [Fact]
    public async Task AssumeRoleWithWebIdentity_WithTamperedToken_ThrowsInvalidIdentityToken()
    {
        await using var bed = await IdentityTestBed.StartAsync();
        var (_, token) = await OpenIdTokenAsync(bed, signedIn: false);
        var claims = IdentityTestBed.Claims(token);
        claims["amr"] = new JsonArray("authenticated");

        var (status, body) = await StsTestBed.PostFormAsync(bed, Form(IdentityTestBed.AuthenticatedRole, IdentityTestBed.WithClaims(token, claims)));

        Assert.Equal(400, status);
        Assert.Equal("InvalidIdentityToken", StsTestBed.ErrorCode(body));
    }

    [Fact]
    public async Task AssumeRoleWithWebIdentity_WithExpiredToken_ThrowsExpiredTokenException()
    {
        await using var bed = await IdentityTestBed.StartAsync();
        var (_, token) = await OpenIdTokenAsync(bed, signedIn: true);
        bed.Clock.Advance(TimeSpan.FromMinutes(10));
        using var anonymous = StsTestBed.Client(bed.Cognito, new AnonymousAWSCredentials());

        var error = await Assert.ThrowsAsync<ExpiredTokenException>(() => anonymous.AssumeRoleWithWebIdentityAsync(new AssumeRoleWithWebIdentityRequest
        {
            RoleArn = IdentityTestBed.AuthenticatedRole,
            RoleSessionName = "late",
            WebIdentityToken = token,
        }));

        Assert.Equal("ExpiredTokenException", error.ErrorCode);
    }

    [Fact]
    public async Task AssumeRoleWithWebIdentity_WithoutRoleSessionName_ThrowsValidationError()
    {
        await using var bed = await IdentityTestBed.StartAsync();
        var (_, token) = await OpenIdTokenAsync(bed, signedIn: true);
        var form = Form(IdentityTestBed.AuthenticatedRole, token);
        form.Remove("RoleSessionName");

        var (status, body) = await StsTestBed.PostFormAsync(bed, form);

        Assert.Equal(400, status);
        Assert.Equal("ValidationError", StsTestBed.ErrorCode(body));
    }

    private static Dictionary<string, string> Form(string roleArn, string token) => new()
    {
        ["Action"] = "AssumeRoleWithWebIdentity",
        ["Version"] = "2011-06-15",
        ["RoleArn"] = roleArn,
        ["RoleSessionName"] = "session",
        ["WebIdentityToken"] = token,
    };

    private static async Task<(string IdentityId, string Token)> OpenIdTokenAsync(IdentityTestBed bed, bool signedIn)
    {
        var logins = signedIn ? bed.Logins(await bed.IdTokenAsync()) : null;
        var identityId = await bed.GetIdAsync(logins);
        var response = await bed.CallAsync("GetOpenIdToken", bed.ForIdentity(identityId, logins));
        return (identityId, (string)response["Token"]!);
    }
}
