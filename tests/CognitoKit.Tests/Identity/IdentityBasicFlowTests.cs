using CognitoKit.Identity;
using CognitoKit.Protocol.Identity;
using Moq;

namespace CognitoKit.Tests.Identity;

public sealed class IdentityBasicFlowTests
{
    private const string RoleArn = "arn:aws:iam::123456789012:role/app-users";

    [Fact]
    public async Task AssumeRoleWithWebIdentity_GetsAnOpenIdTokenWithTheLogin_ThenAssumesTheNamedRoleWithIt()
    {
        using var h = new IdentityHarness();
        h.AnswerIdentityCalls();
        GetOpenIdTokenRequest? sent = null;
        h.IdentityPools.Setup(c => c.GetOpenIdTokenAsync(It.IsAny<GetOpenIdTokenRequest>(), It.IsAny<CancellationToken>()))
            .Callback((GetOpenIdTokenRequest r, CancellationToken _) => sent = r)
            .ReturnsAsync((GetOpenIdTokenRequest r, CancellationToken _) => new GetOpenIdTokenResponse { IdentityId = r.IdentityId, Token = "open-id-token" });
        DateTimeOffset expires = h.Clock.GetUtcNow().AddHours(1);
        h.Sts.Setup(s => s.AssumeRoleAsync(RoleArn, "open-id-token", IdentityCredentialsProvider.RoleSessionName, It.IsAny<CancellationToken>()))
            .ReturnsAsync(new AssumedWebIdentityRole("ASIABASIC", "basic-secret", "basic-token", expires, "arn:aws:sts::123456789012:assumed-role/app-users/CognitoKit", "eu-west-1:id-sub-alice"));
        CognitoSession session = h.SignIn();

        CognitoRoleCredentials role = await h.Kit.Identity.AssumeRoleWithWebIdentityAsync(session, RoleArn);

        Assert.Equal("eu-west-1:id-sub-alice", sent!.IdentityId);
        Assert.Equal(session.Tokens.IdToken, sent.Logins![IdentityHarness.AwsProvider]);
        Assert.Equal("ASIABASIC", role.AccessKeyId);
        Assert.Equal("basic-token", role.SessionToken);
        Assert.Equal(expires, role.Expiration);
        Assert.Equal(RoleArn, role.RoleArn);
        Assert.Equal("eu-west-1:id-sub-alice", role.IdentityId);
        Amazon.Runtime.ImmutableCredentials sdk = await role.ToAWSCredentials().GetCredentialsAsync();
        Assert.Equal(("ASIABASIC", "basic-secret", "basic-token"), (sdk.AccessKey, sdk.SecretKey, sdk.Token));
        Assert.Empty(h.CredentialCalls);
    }

    [Fact]
    public async Task AssumeGuestRoleWithWebIdentity_AsksForTheOpenIdTokenWithoutLogins()
    {
        using var h = new IdentityHarness();
        h.AnswerIdentityCalls();
        h.IdentityPools.Setup(c => c.GetOpenIdTokenAsync(It.Is<GetOpenIdTokenRequest>(r => r.Logins == null), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new GetOpenIdTokenResponse { IdentityId = "eu-west-1:visitor", Token = "guest-token" });
        h.Sts.Setup(s => s.AssumeRoleAsync(RoleArn, "guest-token", It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new AssumedWebIdentityRole("ASIAGUEST", "s", "t", h.Clock.GetUtcNow().AddHours(1), null, null));

        CognitoRoleCredentials role = await h.Kit.Identity.AssumeGuestRoleWithWebIdentityAsync(RoleArn, "eu-west-1:visitor");

        Assert.Equal("ASIAGUEST", role.AccessKeyId);
        Assert.Empty(h.GetIds);
    }
}
