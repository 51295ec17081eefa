namespace CognitoKit;

/// <summary>
/// The start-up configuration check (<c>VerifyConfigurationAtStartup</c>) found that the app client in Cognito does not
/// allow what CognitoKit is configured to do. Each problem names the setting to change: in the Cognito console (the app
/// client's authentication flows, token expirations, refresh token rotation) or in CognitoKit's options.
/// </summary>
public sealed class CognitoConfigurationException : CognitoKitException
{
    /// <summary>Creates the error.</summary>
    /// <param name="clientId">The app client checked.</param>
    /// <param name="problems">What does not match, one setting each; never a secret.</param>
    public CognitoConfigurationException(string clientId, IReadOnlyList<string> problems)
        : base(MessageOf(clientId, problems))
    {
        ClientId = clientId;
        Problems = problems;
    }

    /// <summary>The app client that was checked.</summary>
    public string ClientId { get; }

    /// <summary>What does not match, each naming the setting to change.</summary>
    public IReadOnlyList<string> Problems { get; }

    private static string MessageOf(string clientId, IReadOnlyList<string> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        return $"The Cognito app client {clientId} does not match CognitoKit's configuration:" + string.Concat(problems.Select(p => Environment.NewLine + " - " + p));
    }
}
