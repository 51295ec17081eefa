namespace CognitoKit.Protocol.Identity;

/// <summary>The identity-pools service (<c>cognito-identity</c>), one method per operation; mockable for flow tests.</summary>
internal interface IIdentityPoolsClient
{
    /// <summary>Calls <c>GetId</c>.</summary>
    Task<GetIdResponse> GetIdAsync(GetIdRequest request, CancellationToken cancellationToken);

    /// <summary>Calls <c>GetCredentialsForIdentity</c>.</summary>
    Task<GetCredentialsForIdentityResponse> GetCredentialsForIdentityAsync(GetCredentialsForIdentityRequest request, CancellationToken cancellationToken);

    /// <summary>Calls <c>GetOpenIdToken</c>.</summary>
    Task<GetOpenIdTokenResponse> GetOpenIdTokenAsync(GetOpenIdTokenRequest request, CancellationToken cancellationToken);
}
