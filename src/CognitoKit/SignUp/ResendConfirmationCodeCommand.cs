using CognitoKit.Shared;
using CognitoKit.SignUp;

namespace CognitoKit;

/// <summary>A request for a new sign-up confirmation code. Created by <see cref="ICognitoKit.ResendConfirmationCode"/>.</summary>
public sealed class ResendConfirmationCodeCommand
{
    private readonly SignUpFlow _flow;
    private readonly string _username;
    private readonly ClientMetadata _clientMetadata = new();

    internal ResendConfirmationCodeCommand(SignUpFlow flow, string username)
    {
        _flow = flow;
        _username = username;
    }

    /// <summary>Adds client metadata, passed to the custom message Lambda trigger.</summary>
    /// <param name="key">The key.</param>
    /// <param name="value">The value.</param>
    /// <returns>This command.</returns>
    public ResendConfirmationCodeCommand WithClientMetadata(string key, string value)
    {
        _clientMetadata.Add(key, value);
        return this;
    }

    /// <summary>Asks Cognito to send a new confirmation code.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Where the code went.</returns>
    public Task<CodeDelivery> SendAsync(CancellationToken cancellationToken = default) =>
        _flow.ResendAsync(_username, _clientMetadata.All, cancellationToken);
}
