namespace CognitoKit.Hosted;

/// <summary>Where an OAuth error came from.</summary>
public enum OAuthErrorSource
{
    /// <summary>The redirect back to the app carried <c>error</c> (for example the user cancelled, or the request was refused).</summary>
    Callback = 1,

    /// <summary>An endpoint of the domain answered with an OAuth error (<c>/oauth2/token</c>, <c>/oauth2/userInfo</c>, <c>/oauth2/revoke</c>).</summary>
    Endpoint,
}
