using CognitoKit.Errors;
using CognitoKit.Protocol.UserPools;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CognitoKit.Operations;

/// <summary>
/// Whether the user pool API answers: one <c>GetUser</c> with an access token that is not a token. Cognito refuses it
/// (<c>NotAuthorizedException</c>) without looking up any user, writing anything or charging a sign-in, and it counts
/// against the <c>UserAccountRead</c> quota, the most generous one; a probe every few seconds is far below it. No
/// credentials are needed, and no user or secret is involved.
/// </summary>
internal sealed class UserPoolEndpointHealthCheck : IHealthCheck
{
    /// <summary>The access token the probe sends: plainly not a JWT, so Cognito refuses it at once.</summary>
    internal const string ProbeToken = "cognitokit-health-probe";

    private readonly IUserPoolsClient _client;
    private readonly Uri _endpoint;

    public UserPoolEndpointHealthCheck(IUserPoolsClient client, Uri endpoint)
    {
        _client = client;
        _endpoint = endpoint;
    }

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        CognitoEndpointProbe.RunAsync(
            _endpoint,
            "GetUser",
            ct => _client.GetUserAsync(new GetUserRequest { AccessToken = ProbeToken }, ct),
            error => error is NotAuthorizedException
                ? null
                : $"Cognito answered the GetUser probe at {_endpoint} with {error.ErrorCode}, not the NotAuthorizedException a bad token gets.",
            new Dictionary<string, object>(StringComparer.Ordinal),
            cancellationToken);
}
