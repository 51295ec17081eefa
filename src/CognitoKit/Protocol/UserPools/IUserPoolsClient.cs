namespace CognitoKit.Protocol.UserPools;

/// <summary>The user-pools service (<c>cognito-idp</c>), one method per operation; mockable for state-machine tests.</summary>
internal interface IUserPoolsClient
{
    Task<InitiateAuthResponse> InitiateAuthAsync(InitiateAuthRequest request, CancellationToken cancellationToken);
}
