using CognitoKit.Diagnostics;
using CognitoKit.Protocol;
using CognitoKit.Protocol.Identity;
using CognitoKit.Protocol.UserPools;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CognitoKit.DependencyInjection;

/// <summary>The wire clients, built once from the validated options.</summary>
internal sealed class CognitoClients
{
    public CognitoClients(
        IOptions<CognitoKitOptions> options,
        IHttpClientFactory httpClientFactory,
        AwsCredentialsSource credentials,
        TimeProvider? timeProvider = null,
        ILoggerFactory? loggerFactory = null,
        CognitoKitMetrics? metrics = null,
        ICognitoContextDataProvider? contextData = null)
    {
        CognitoKitOptions o = options.Value;
        string region = CognitoKitOptionsValidator.EffectiveRegion(o) ?? throw new InvalidOperationException("CognitoKit:Region could not be determined.");
        ILogger logger = (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger("CognitoKit");
        var retry = CognitoRetryPolicy.From(o, timeProvider);
        Func<HttpClient> http = () => httpClientFactory.CreateClient(Microsoft.Extensions.DependencyInjection.CognitoKitServiceCollectionExtensions.HttpClientName);
        UserPoolsEndpoint = CognitoServiceEndpoint.UserPools(region, o.UserPoolEndpoint);
        IdentityEndpoint = CognitoServiceEndpoint.IdentityPools(region, o.IdentityEndpoint);
        UserPools = new UserPoolsClient(new AwsJsonClient(http, UserPoolsEndpoint, retry, new SigV4RequestSigner(credentials), logger, metrics), new ThreatProtectionContext(contextData, o.AnalyticsEndpointId));

        // No identity-pools operation CognitoKit calls is signed; its signer stays unset so a mistake fails loudly.
        IdentityPools = new IdentityPoolsClient(new AwsJsonClient(http, IdentityEndpoint, retry, signer: null, logger, metrics));
    }

    public CognitoServiceEndpoint UserPoolsEndpoint { get; }

    public CognitoServiceEndpoint IdentityEndpoint { get; }

    public UserPoolsClient UserPools { get; }

    public IdentityPoolsClient IdentityPools { get; }
}
