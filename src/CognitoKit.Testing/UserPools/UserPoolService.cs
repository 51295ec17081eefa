using System.Text.Json.Nodes;
using CognitoKit.Testing.Auth;
using CognitoKit.Testing.Devices;
using CognitoKit.Testing.Host;
using CognitoKit.Testing.Mfa;
using CognitoKit.Testing.Passkeys;

namespace CognitoKit.Testing.UserPools;

/// <summary>The <c>cognito-idp</c> service: every supported operation, plus each pool's JWKS and OpenID configuration.</summary>
internal sealed class UserPoolService : IAwsJsonService, IHttpGetHandler
{
    private readonly Dictionary<string, AwsJsonOperation> operations = new(StringComparer.Ordinal);
    private readonly EmulatorState state;

    public UserPoolService(EmulatorState state)
    {
        this.state = state;
        var auth = new AuthOperations(state);
        PoolOperations.Register(state, operations);
        AdminUserOperations.Register(state, operations);
        GroupOperations.Register(state, operations);
        UserListing.Register(state, operations);
        SignUpOperations.Register(state, operations);
        SelfServiceOperations.Register(state, operations);
        MfaOperations.Register(state, operations);
        DeviceOperations.Register(state, operations);
        PasskeyOperations.Register(state, operations);
        auth.Register(operations);
    }

    public string TargetPrefix => "AWSCognitoIdentityProviderService.";

    public bool TryGetOperation(string operation, out AwsJsonOperation handler)
    {
        if (operations.TryGetValue(operation, out var inner))
        {
            handler = MemberConstraints.Wrap(inner);
            return true;
        }

        handler = null!;
        return false;
    }

    public IReadOnlyList<string> RequiredMembers(string operation) =>
        UserPoolOperationModel.RequiredMembers.GetValueOrDefault(operation) ?? [];

    public void Authenticate(string operation, HttpRequest request)
    {
        if (AdminSignature.IsRequired(operation))
        {
            AdminSignature.Check(request.Headers.Authorization.ToString());
        }
    }

    public async ValueTask<bool> TryHandleGetAsync(HttpContext context, string path, CancellationToken cancellationToken)
    {
        // {poolId}/.well-known/x under the original issuer, issuer-cognito-idp/{poolId}/.well-known/x under the updated one:
        // every pool answers at both, as Cognito's two issuer hosts serve the same keys.
        var segments = path.Trim('/').Split('/');
        var updated = segments.Length == 4 && segments[0] == UserPool.UpdatedIssuerPathSegment;
        var rest = updated ? segments[1..] : segments;
        if (rest.Length != 3 || rest[1] != ".well-known" || state.UserPools.Find(rest[0]) is not { } pool)
        {
            return false;
        }

        var issuer = updated ? state.Endpoint.AbsoluteUri.TrimEnd('/') + "/" + UserPool.UpdatedIssuerPathSegment + "/" + pool.Id : state.IssuerFor(pool.Id);
        JsonObject? document = rest[2] switch
        {
            "jwks.json" => pool.Keys.ToJwks(),
            "openid-configuration" => OpenIdConfiguration(issuer),
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

    private static JsonObject OpenIdConfiguration(string issuer) => new()
    {
        ["issuer"] = issuer,
        ["jwks_uri"] = issuer + "/.well-known/jwks.json",
        ["authorization_endpoint"] = issuer + "/oauth2/authorize",
        ["token_endpoint"] = issuer + "/oauth2/token",
        ["userinfo_endpoint"] = issuer + "/oauth2/userInfo",
        ["response_types_supported"] = new JsonArray("code", "token"),
        ["scopes_supported"] = new JsonArray("openid", "email", "phone", "profile"),
        ["subject_types_supported"] = new JsonArray("public"),
        ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
        ["token_endpoint_auth_methods_supported"] = new JsonArray("client_secret_basic", "client_secret_post"),
    };
}
