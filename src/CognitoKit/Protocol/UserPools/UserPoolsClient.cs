namespace CognitoKit.Protocol.UserPools;

/// <summary>The user-pools service (<c>cognito-idp</c>): one method per operation.</summary>
internal sealed partial class UserPoolsClient : IUserPoolsClient
{
    private static readonly CognitoJsonContext Json = CognitoJsonContext.Default;

    private readonly AwsJsonClient _client;

    public UserPoolsClient(AwsJsonClient client) => _client = client;

    public Task<InitiateAuthResponse> InitiateAuthAsync(InitiateAuthRequest request, CancellationToken cancellationToken) =>
        _client.SendAsync(UserPoolsOperations.InitiateAuth, request, Json.InitiateAuthRequest, Json.InitiateAuthResponse, cancellationToken);
}
