using Amazon;
using Amazon.Runtime;
using Amazon.SecurityToken;
using Amazon.SecurityToken.Model;

namespace CognitoKit.Identity;

/// <summary>
/// <c>AssumeRoleWithWebIdentity</c> through the AWS SDK's STS client, unsigned (anonymous credentials), at
/// <see cref="CognitoKitOptions.StsEndpoint"/> when set or else the region's STS.
/// </summary>
internal sealed class StsWebIdentityRoleAssumer : IWebIdentityRoleAssumer, IDisposable
{
    private readonly Lazy<AmazonSecurityTokenServiceClient> _client;

    public StsWebIdentityRoleAssumer(CognitoKitOptions options, string region)
    {
        _client = new Lazy<AmazonSecurityTokenServiceClient>(() => Create(options, region), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public async Task<AssumedWebIdentityRole> AssumeRoleAsync(string roleArn, string webIdentityToken, string roleSessionName, CancellationToken cancellationToken)
    {
        AssumeRoleWithWebIdentityResponse response = await _client.Value.AssumeRoleWithWebIdentityAsync(
            new AssumeRoleWithWebIdentityRequest { RoleArn = roleArn, WebIdentityToken = webIdentityToken, RoleSessionName = roleSessionName },
            cancellationToken).ConfigureAwait(false);
        Credentials c = response.Credentials
            ?? throw new CognitoProtocolException("STS answered AssumeRoleWithWebIdentity without credentials.", response.ResponseMetadata?.RequestId, response.HttpStatusCode);
        if (string.IsNullOrEmpty(c.AccessKeyId) || string.IsNullOrEmpty(c.SecretAccessKey) || string.IsNullOrEmpty(c.SessionToken) || c.Expiration is not { } expiration)
        {
            throw new CognitoProtocolException("STS answered AssumeRoleWithWebIdentity with incomplete credentials.", response.ResponseMetadata?.RequestId, response.HttpStatusCode);
        }

        return new AssumedWebIdentityRole(
            c.AccessKeyId,
            c.SecretAccessKey,
            c.SessionToken,
            new DateTimeOffset(DateTime.SpecifyKind(expiration.ToUniversalTime(), DateTimeKind.Utc)),
            response.AssumedRoleUser?.Arn,
            response.SubjectFromWebIdentityToken);
    }

    public void Dispose()
    {
        if (_client.IsValueCreated)
        {
            _client.Value.Dispose();
        }
    }

    private static AmazonSecurityTokenServiceClient Create(CognitoKitOptions options, string region)
    {
        var config = new AmazonSecurityTokenServiceConfig
        {
            MaxErrorRetry = Math.Max(0, options.MaxAttempts - 1),
            Timeout = options.AttemptTimeout,
        };
        if (options.StsEndpoint is { } endpoint)
        {
            config.ServiceURL = endpoint.AbsoluteUri;
            config.AuthenticationRegion = region;
        }
        else
        {
            config.RegionEndpoint = RegionEndpoint.GetBySystemName(region);
        }

        // AssumeRoleWithWebIdentity is not signed: the web identity token is the proof.
        return new AmazonSecurityTokenServiceClient(new AnonymousAWSCredentials(), config);
    }
}
