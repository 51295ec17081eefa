using CognitoKit.Errors;
using CognitoKit.Protocol.Identity;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CognitoKit.Operations;

/// <summary>
/// Whether the identity pool answers for the configured pool: one <c>GetId</c> naming the pool, with a login for the
/// user pool whose token is not a token. Cognito finds the pool (a wrong pool id answers
/// <c>ResourceNotFoundException</c>: unhealthy), then refuses the token (<c>NotAuthorizedException</c>: healthy). Unlike a
/// guest <c>GetId</c>, it creates no identity, so probes do not fill the pool with guests.
/// </summary>
internal sealed class IdentityPoolHealthCheck : IHealthCheck
{
    private readonly IIdentityPoolsClient _client;
    private readonly Uri _endpoint;
    private readonly string _identityPoolId;
    private readonly string _providerName;

    public IdentityPoolHealthCheck(IIdentityPoolsClient client, Uri endpoint, string identityPoolId, string providerName)
    {
        _client = client;
        _endpoint = endpoint;
        _identityPoolId = identityPoolId;
        _providerName = providerName;
    }

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var data = new Dictionary<string, object>(StringComparer.Ordinal) { ["identity_pool_id"] = _identityPoolId };
        return CognitoEndpointProbe.RunAsync(
            _endpoint,
            "GetId",
            ct => _client.GetIdAsync(
                new GetIdRequest
                {
                    IdentityPoolId = _identityPoolId,
                    Logins = new Dictionary<string, string>(StringComparer.Ordinal) { [_providerName] = UserPoolEndpointHealthCheck.ProbeToken },
                },
                ct),
            error => error switch
            {
                NotAuthorizedException => null,
                ResourceNotFoundException => $"The identity pool {_identityPoolId} was not found at {_endpoint}: check the IdentityPoolId setting.",
                _ => $"Cognito answered the GetId probe for {_identityPoolId} with {error.ErrorCode}, not the NotAuthorizedException a bad token gets.",
            },
            data,
            cancellationToken);
    }
}
