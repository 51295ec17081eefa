namespace CognitoKit.Protocol.Identity;

/// <summary>The identity-pools service (<c>cognito-identity</c>): one method per operation, each a typed call through <see cref="AwsJsonClient"/>.</summary>
internal sealed class IdentityPoolsClient : IIdentityPoolsClient
{
    private static readonly CognitoJsonContext Json = CognitoJsonContext.Default;

    private readonly AwsJsonClient _client;

    public IdentityPoolsClient(AwsJsonClient client) => _client = client;

    public Task<GetIdResponse> GetIdAsync(GetIdRequest request, CancellationToken cancellationToken) =>
        _client.SendAsync(IdentityPoolsOperations.GetId, request, Json.GetIdRequest, Json.GetIdResponse, cancellationToken);

    public Task<GetCredentialsForIdentityResponse> GetCredentialsForIdentityAsync(GetCredentialsForIdentityRequest request, CancellationToken cancellationToken) =>
        _client.SendAsync(IdentityPoolsOperations.GetCredentialsForIdentity, request, Json.GetCredentialsForIdentityRequest, Json.GetCredentialsForIdentityResponse, cancellationToken);

    public Task<GetOpenIdTokenResponse> GetOpenIdTokenAsync(GetOpenIdTokenRequest request, CancellationToken cancellationToken) =>
        _client.SendAsync(IdentityPoolsOperations.GetOpenIdToken, request, Json.GetOpenIdTokenRequest, Json.GetOpenIdTokenResponse, cancellationToken);
}
