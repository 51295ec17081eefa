using System.Text;

namespace CognitoKit;

/// <summary>
/// A server-side filter for <see cref="CognitoAdmin.ListUsersAsync"/>: one searchable attribute matched exactly
/// (<see cref="EqualTo"/>) or by prefix (<see cref="StartsWith"/>). The value is quoted and escaped, so no value can
/// change the filter's meaning.
/// </summary>
/// <remarks>
/// Cognito searches only these attributes: <c>username</c> (case-sensitive), <c>email</c>, <c>phone_number</c>, <c>name</c>,
/// <c>given_name</c>, <c>family_name</c>, <c>preferred_username</c>, <c>cognito:user_status</c> (case-insensitive),
/// <c>status</c> (<c>Enabled</c> or <c>Disabled</c>, case-sensitive) and <c>sub</c>. Custom attributes are not searchable.
/// </remarks>
public sealed class UserFilter
{
    /// <summary>Cognito's searchable attributes.</summary>
    public static IReadOnlyList<string> SearchableAttributes { get; } =
        ["username", "email", "phone_number", "name", "given_name", "family_name", "preferred_username", "cognito:user_status", "status", "sub"];

    private const int MaxLength = 256;
    private readonly string _attribute;
    private readonly string _operator;

    private UserFilter(string attribute, string op, string value)
    {
        _attribute = attribute;
        _operator = op;
        Expression = attribute + " " + op + " \"" + Escape(value) + "\"";
        if (Expression.Length > MaxLength)
        {
            throw new ArgumentException($"The filter is longer than Cognito's {MaxLength} characters once quoted; use a shorter value.", nameof(value));
        }
    }

    /// <summary>The filter as Cognito reads it, such as <c>email = "ann@example.com"</c>.</summary>
    public string Expression { get; }

    /// <summary>Users whose <paramref name="attribute"/> equals <paramref name="value"/> (<c>attribute = "value"</c>).</summary>
    /// <param name="attribute">One of <see cref="SearchableAttributes"/>.</param>
    /// <param name="value">The value to match; any characters but control characters, quotes and backslashes included.</param>
    /// <returns>The filter.</returns>
    /// <exception cref="ArgumentException">The attribute is not searchable, or the value has a control character or is too long.</exception>
    public static UserFilter EqualTo(string attribute, string value) => Create(attribute, "=", value);

    /// <summary>Users whose <paramref name="attribute"/> starts with <paramref name="prefix"/> (<c>attribute ^= "prefix"</c>).</summary>
    /// <param name="attribute">One of <see cref="SearchableAttributes"/>.</param>
    /// <param name="prefix">The prefix to match; not empty.</param>
    /// <returns>The filter.</returns>
    /// <exception cref="ArgumentException">The attribute is not searchable, or the prefix is empty, has a control character or is too long.</exception>
    public static UserFilter StartsWith(string attribute, string prefix)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        if (prefix.Length == 0)
        {
            throw new ArgumentException("The prefix must not be empty: list without a filter to get every user.", nameof(prefix));
        }

        return Create(attribute, "^=", prefix);
    }

    /// <summary>Describes the filter without its value (values are personal data, such as email addresses).</summary>
    /// <returns>The attribute and the operator.</returns>
    public override string ToString() => $"UserFilter {{ {_attribute} {_operator} \"***\" }}";

    private static UserFilter Create(string attribute, string op, string value)
    {
        ArgumentNullException.ThrowIfNull(attribute);
        ArgumentNullException.ThrowIfNull(value);
        if (!SearchableAttributes.Contains(attribute, StringComparer.Ordinal))
        {
            throw new ArgumentException($"Cognito cannot search users by '{attribute}'. Searchable attributes: {string.Join(", ", SearchableAttributes)}.", nameof(attribute));
        }

        if (value.Any(char.IsControl))
        {
            throw new ArgumentException("The value must not contain control characters such as line breaks.", nameof(value));
        }

        return new UserFilter(attribute, op, value);
    }

    // Cognito reads a backslash as escaping the next character, so both the quote and the backslash itself are escaped.
    private static string Escape(string value)
    {
        var escaped = new StringBuilder(value.Length + 8);
        foreach (char c in value)
        {
            if (c is '"' or '\\')
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }
}
