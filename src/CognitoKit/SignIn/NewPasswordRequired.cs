using CognitoKit.Errors;
using CognitoKit.Protocol.UserPools;
using CognitoKit.Shared;
using CognitoKit.SignIn;

namespace CognitoKit;

/// <summary>
/// The user signed in with a temporary password (an administrator created them) and must choose a new one
/// (<c>NEW_PASSWORD_REQUIRED</c>), giving any <see cref="RequiredAttributes"/> that have no value yet.
/// </summary>
public sealed class NewPasswordRequired : SignInChallenge
{
    private const string AttributePrefix = "userAttributes.";
    private readonly Dictionary<string, string> _attributes = new(StringComparer.Ordinal);

    internal NewPasswordRequired(SignInContext context, string? session, IReadOnlyDictionary<string, string> parameters)
        : base(context, ChallengeNameType.NewPasswordRequired, session, parameters)
    {
        RequiredAttributes = [.. ChallengeParameterReader.StringArray(parameters, "requiredAttributes")
            .Select(a => a.StartsWith(AttributePrefix, StringComparison.Ordinal) ? a[AttributePrefix.Length..] : a)];
        UserAttributes = ChallengeParameterReader.StringMap(parameters, "userAttributes");
    }

    /// <summary>Attributes the user must give with the new password, without the <c>userAttributes.</c> prefix (such as <c>given_name</c>).</summary>
    public IReadOnlyList<string> RequiredAttributes { get; }

    /// <summary>The user's current attributes, as Cognito sent them.</summary>
    public IReadOnlyDictionary<string, string> UserAttributes { get; }

    /// <summary>Sets an attribute to send with the new password (required ones, or other writable ones).</summary>
    /// <param name="name">The attribute name, such as <c>given_name</c> or <c>custom:plan</c>.</param>
    /// <param name="value">Its value.</param>
    /// <returns>This challenge, to chain calls.</returns>
    public NewPasswordRequired WithAttribute(string name, string value)
    {
        InputChecks.NotEmpty(name, nameof(name), "attribute name");
        ArgumentNullException.ThrowIfNull(value);
        _attributes[name.StartsWith(AttributePrefix, StringComparison.Ordinal) ? name[AttributePrefix.Length..] : name] = value;
        return this;
    }

    /// <summary>Sets the new password (and the attributes given with <see cref="WithAttribute"/>).</summary>
    /// <param name="newPassword">The new password.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The next step.</returns>
    /// <exception cref="ArgumentException"><paramref name="newPassword"/> is empty.</exception>
    /// <exception cref="InvalidOperationException">A required attribute has not been given.</exception>
    /// <exception cref="InvalidPasswordException">The password breaks the pool's policy; the challenge stays open.</exception>
    public Task<SignInStep> SetPasswordAsync(string newPassword, CancellationToken cancellationToken = default)
    {
        InputChecks.Password(newPassword, nameof(newPassword));
        string[] missing = [.. RequiredAttributes.Where(a => !_attributes.ContainsKey(a))];
        if (missing.Length > 0)
        {
            throw new InvalidOperationException($"Cognito requires these attributes with the new password: {string.Join(", ", missing)}. Give them with WithAttribute(...) first.");
        }

        var responses = new Dictionary<string, string> { ["NEW_PASSWORD"] = newPassword };
        foreach (KeyValuePair<string, string> attribute in _attributes)
        {
            responses[AttributePrefix + attribute.Key] = attribute.Value;
        }

        return SendResponsesAsync(responses, cancellationToken);
    }
}
