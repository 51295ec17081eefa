namespace CognitoKit;

/// <summary>
/// The CognitoKit façade: everything an app does with a Cognito user pool and identity pool starts here.
/// Resolve it from dependency injection after <c>services.AddCognitoKit(...)</c>.
/// </summary>
/// <remarks>Each capability declares its members in its own file (<c>ICognitoKit.SignIn.cs</c>, ...).</remarks>
public partial interface ICognitoKit
{
    /// <summary>
    /// The settings this instance runs with: validated and copied from <see cref="CognitoKitOptions"/> when it was built,
    /// read-only, and without the client secret (<see cref="CognitoKitSettings.HasClientSecret"/> says whether there is one).
    /// </summary>
    CognitoKitSettings Options { get; }
}
