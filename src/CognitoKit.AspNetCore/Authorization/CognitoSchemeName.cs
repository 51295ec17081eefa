namespace CognitoKit.AspNetCore;

/// <summary>The name of one scheme added by <c>AddCognito</c>, registered so the Cognito requirements know which identities are Cognito's.</summary>
internal sealed record CognitoSchemeName(string Name);
