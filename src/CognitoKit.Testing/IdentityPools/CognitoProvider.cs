namespace CognitoKit.Testing.IdentityPools;

/// <summary>A user pool app client an identity pool trusts (<c>CognitoIdentityProvider</c> in the model).</summary>
internal sealed record CognitoProvider(string ProviderName, string ClientId, bool ServerSideTokenCheck);
