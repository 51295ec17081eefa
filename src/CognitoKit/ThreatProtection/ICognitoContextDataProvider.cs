namespace CognitoKit;

/// <summary>
/// Supplies the threat-protection context (<c>UserContextData</c>) CognitoKit sends with every operation whose input
/// accepts it: <c>SignUp</c>, <c>ConfirmSignUp</c>, <c>ResendConfirmationCode</c>, <c>ForgotPassword</c>,
/// <c>ConfirmForgotPassword</c>, <c>InitiateAuth</c> and <c>RespondToAuthChallenge</c>. None is registered by default,
/// and then nothing is sent. Register one as a singleton (<c>services.AddSingleton&lt;ICognitoContextDataProvider, ...&gt;()</c>,
/// or keyed by pool name for one named pool); in ASP.NET Core, <c>AddCognitoContextDataFromHttpContext()</c> reads it
/// from the current request.
/// </summary>
public interface ICognitoContextDataProvider
{
    /// <summary>Returns the context of the end user the current call is made for, or null to send none.</summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The context, or null.</returns>
    ValueTask<CognitoContextData?> GetContextDataAsync(CancellationToken cancellationToken = default);
}
