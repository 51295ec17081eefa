namespace CognitoKit.Testing;

/// <summary>Which pre token generation event a pool sends (<c>PreTokenGenerationConfig.LambdaVersion</c>).</summary>
public enum PreTokenGenerationVersion
{
    /// <summary><c>V1_0</c>: the ID token only (<see cref="PreTokenGenerationResponse.ClaimsOverrideDetails"/>).</summary>
    V1 = 1,

    /// <summary><c>V2_0</c>: the ID and access tokens and scopes (<see cref="PreTokenGenerationResponse.ClaimsAndScopeOverrideDetails"/>).</summary>
    V2 = 2,
}
