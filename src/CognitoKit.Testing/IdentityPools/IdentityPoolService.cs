using System.Text.Json.Nodes;
using CognitoKit.Testing.Host;

namespace CognitoKit.Testing.IdentityPools;

/// <summary>The <c>cognito-identity</c> service, and the OpenID configuration and JWKS of its OpenID tokens.</summary>
internal sealed class IdentityPoolService : IAwsJsonService, IHttpGetHandler
{
    private static readonly Dictionary<string, string[]> Required = new(StringComparer.Ordinal)
    {
        ["CreateIdentityPool"] = ["IdentityPoolName", "AllowUnauthenticatedIdentities"],
        ["UpdateIdentityPool"] = ["IdentityPoolId", "IdentityPoolName", "AllowUnauthenticatedIdentities"],
        ["DescribeIdentityPool"] = ["IdentityPoolId"],
        ["DeleteIdentityPool"] = ["IdentityPoolId"],
        ["ListIdentityPools"] = ["MaxResults"],
        ["SetIdentityPoolRoles"] = ["IdentityPoolId", "Roles"],
        ["GetIdentityPoolRoles"] = ["IdentityPoolId"],
        ["GetId"] = ["IdentityPoolId"],
        ["GetCredentialsForIdentity"] = ["IdentityId"],
        ["GetOpenIdToken"] = ["IdentityId"],
        ["DescribeIdentity"] = ["IdentityId"],
        ["ListIdentities"] = ["IdentityPoolId", "MaxResults"],
    };

    private readonly Dictionary<string, AwsJsonOperation> operations = new(StringComparer.Ordinal);
    private readonly EmulatorState state;
    private readonly IdentityStore store;

    public IdentityPoolService(EmulatorState state)
    {
        this.state = state;
        store = IdentityStore.For(state);
        IdentityPoolOperations.Register(state, store, operations);
        IdentityOperations.Register(state, store, operations);
    }

    public string TargetPrefix => "AWSCognitoIdentityService.";

    public bool TryGetOperation(string operation, out AwsJsonOperation handler) => operations.TryGetValue(operation, out handler!);

    public IReadOnlyList<string> RequiredMembers(string operation) => Required.GetValueOrDefault(operation) ?? [];

    // The identity pools' set-up calls are IAM-signed on AWS too; they stay unchecked here so set-up scripts keep working.
    public void Authenticate(string operation, HttpRequest request)
    {
    }

    public async ValueTask<bool> TryHandleGetAsync(HttpContext context, string path, CancellationToken cancellationToken)
    {
        JsonObject? document = path.TrimEnd('/') switch
        {
            "/cognito-identity/.well-known/openid-configuration" => OpenIdTokens.OpenIdConfiguration(state),
            "/cognito-identity/.well-known/jwks_uri" or "/cognito-identity/.well-known/jwks.json" => OpenIdTokens.Jwks(store),
            _ => null,
        };
        if (document is null)
        {
            return false;
        }

        context.Response.StatusCode = 200;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(document.ToJsonString(), cancellationToken).ConfigureAwait(false);
        return true;
    }
}
