namespace CognitoKit.Testing;

/// <summary>An OpenID Connect provider registered with the emulator, as an IAM OIDC identity provider would be.</summary>
/// <param name="Issuer">The issuer URL its tokens carry, such as <c>https://login.example.com/tenant</c>.</param>
/// <param name="ProviderName">The issuer without <c>https://</c>: the <c>Logins</c> key, such as <c>login.example.com/tenant</c>.</param>
/// <param name="Arn">The IAM ARN to list in the identity pool's <c>OpenIdConnectProviderARNs</c>.</param>
/// <param name="ClientIds">The audiences (client ids) whose tokens are accepted.</param>
public sealed record EmulatedOidcProvider(string Issuer, string ProviderName, string Arn, IReadOnlyList<string> ClientIds);
