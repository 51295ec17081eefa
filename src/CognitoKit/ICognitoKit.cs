namespace CognitoKit;

/// <summary>
/// The CognitoKit façade: everything an app does with a Cognito user pool and identity pool starts here.
/// Resolve it from dependency injection after <c>services.AddCognitoKit(...)</c>.
/// </summary>
/// <remarks>Each capability declares its members in its own file (<c>ICognitoKit.SignIn.cs</c>, ...).</remarks>
public partial interface ICognitoKit
{
    /// <summary>The options this instance was configured with (the client secret is never shown by <c>ToString()</c>).</summary>
    CognitoKitOptions Options { get; }
}
