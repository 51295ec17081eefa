using Amazon.Runtime;
using Amazon.SecurityToken;
using Amazon.SecurityToken.Model;

namespace CognitoKit.Demo;

/// <summary>
/// Proves credentials work with a real AWS SDK call: STS <c>GetCallerIdentity</c>, which needs no permission and
/// answers which role the credentials carry. The emulator checks the SigV4 signature as AWS does.
/// </summary>
/// <param name="config">Where STS is (the emulator's endpoint, or the pool's region).</param>
internal sealed class CallerIdentity(Func<AmazonSecurityTokenServiceConfig> config)
{
    /// <summary>Signs and sends <c>GetCallerIdentity</c> with <paramref name="credentials"/>.</summary>
    /// <param name="credentials">Any AWS SDK credentials, such as CognitoKit's identity-pool credentials.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The caller's ARN, such as <c>arn:aws:sts::123456789012:assumed-role/guest/CognitoIdentityCredentials</c>.</returns>
    public async Task<string> ArnAsync(AWSCredentials credentials, CancellationToken cancellationToken)
    {
        using var sts = new AmazonSecurityTokenServiceClient(credentials, config());
        GetCallerIdentityResponse me = await sts.GetCallerIdentityAsync(new GetCallerIdentityRequest(), cancellationToken).ConfigureAwait(false);
        return me.Arn;
    }
}
