namespace CognitoKit.Testing.SocialProviders;

/// <summary>
/// What the emulator remembers about an opaque access token it issued as Facebook or Amazon: the answer the real
/// provider's token-inspection endpoint would give Cognito.
/// </summary>
/// <param name="ProviderName">The provider, <c>graph.facebook.com</c> or <c>www.amazon.com</c>.</param>
/// <param name="Subject">The user's id at the provider.</param>
/// <param name="AppId">The app the token was issued to.</param>
/// <param name="Expiration">When the token stops working, on the emulator clock.</param>
internal sealed record OpaqueSocialToken(string ProviderName, string Subject, string AppId, DateTimeOffset Expiration);
