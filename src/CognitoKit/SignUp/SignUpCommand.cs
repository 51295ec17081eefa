using CognitoKit.Shared;
using CognitoKit.SignUp;

namespace CognitoKit;

/// <summary>
/// A sign-up about to be sent: add attributes, validation data and client metadata, then call <see cref="SendAsync"/>.
/// Created by <see cref="ICognitoKit.SignUp"/>.
/// </summary>
/// <remarks><see cref="ToString"/> never shows the password or any value.</remarks>
public sealed class SignUpCommand
{
    private readonly SignUpFlow _flow;
    private readonly string _username;
    private readonly string _password;
    private readonly Dictionary<string, string> _attributes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _validationData = new(StringComparer.Ordinal);
    private readonly ClientMetadata _clientMetadata = new();

    internal SignUpCommand(SignUpFlow flow, string username, string password)
    {
        _flow = flow;
        _username = username;
        _password = password;
    }

    /// <summary>Sets a user attribute, such as <c>email</c>, <c>given_name</c> or <c>custom:plan</c>.</summary>
    /// <param name="name">The attribute name.</param>
    /// <param name="value">Its value.</param>
    /// <returns>This command.</returns>
    public SignUpCommand WithAttribute(string name, string value)
    {
        InputChecks.NotEmpty(name, nameof(name), "attribute name");
        ArgumentNullException.ThrowIfNull(value);
        _attributes[name] = value;
        return this;
    }

    /// <summary>Adds validation data, which Cognito passes to a pre-sign-up Lambda trigger and does not store.</summary>
    /// <param name="name">The name.</param>
    /// <param name="value">The value.</param>
    /// <returns>This command.</returns>
    public SignUpCommand WithValidationData(string name, string value)
    {
        InputChecks.NotEmpty(name, nameof(name), "validation data name");
        ArgumentNullException.ThrowIfNull(value);
        _validationData[name] = value;
        return this;
    }

    /// <summary>Adds client metadata, passed to the Lambda triggers this sign-up invokes.</summary>
    /// <param name="key">The key.</param>
    /// <param name="value">The value.</param>
    /// <returns>This command.</returns>
    public SignUpCommand WithClientMetadata(string key, string value)
    {
        _clientMetadata.Add(key, value);
        return this;
    }

    /// <summary>Sends the sign-up.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new user's sub, whether they are confirmed, and where the confirmation code went.</returns>
    /// <exception cref="CognitoException">
    /// Cognito refused, for example <c>UsernameExistsException</c>, <c>InvalidPasswordException</c> or
    /// <c>InvalidParameterException</c> (see <see cref="CognitoException.ErrorCode"/>).
    /// </exception>
    public Task<SignUpResult> SendAsync(CancellationToken cancellationToken = default) =>
        _flow.SignUpAsync(_username, _password, _attributes, _validationData, _clientMetadata.All, cancellationToken);

    /// <summary>Describes the command without the password or any value.</summary>
    /// <returns>The attribute names only.</returns>
    public override string ToString() =>
        $"SignUpCommand {{ Attributes = [{string.Join(", ", _attributes.Keys)}], Password = *** }}";
}
