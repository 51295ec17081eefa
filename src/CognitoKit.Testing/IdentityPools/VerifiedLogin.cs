namespace CognitoKit.Testing.IdentityPools;

/// <summary>A login token that passed every check: the provider it proves (normalised), and the user it names.</summary>
/// <param name="ProviderKey">The provider, normalised so both spellings of a user pool name match (<c>cognito-idp:{poolId}</c>).</param>
/// <param name="ProviderName">The provider name exactly as the caller wrote it in <c>Logins</c>.</param>
/// <param name="Subject">The token's <c>sub</c>.</param>
internal sealed record VerifiedLogin(string ProviderKey, string ProviderName, string Subject);
