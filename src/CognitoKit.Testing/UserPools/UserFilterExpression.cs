using System.Text;
using CognitoKit.Testing.Host;

namespace CognitoKit.Testing.UserPools;

/// <summary>
/// A <c>ListUsers</c> filter: <c>attribute = "value"</c> (exact) or <c>attribute ^= "value"</c> (prefix), with <c>\"</c> and
/// <c>\\</c> escaping a quote and a backslash inside the value. Only the attributes Cognito documents as searchable are accepted.
/// </summary>
internal sealed class UserFilterExpression
{
    private static readonly string[] Searchable =
        ["username", "email", "phone_number", "name", "given_name", "family_name", "preferred_username", "cognito:user_status", "status", "sub"];

    private readonly string? attribute;
    private readonly bool prefix;
    private readonly string value = string.Empty;

    private UserFilterExpression()
    {
    }

    private UserFilterExpression(string attribute, bool prefix, string value)
    {
        this.attribute = attribute;
        this.prefix = prefix;
        this.value = value;
    }

    /// <summary>Parses a filter; null or blank matches every user.</summary>
    public static UserFilterExpression Parse(string? filter)
    {
        if (string.IsNullOrWhiteSpace(filter))
        {
            return new UserFilterExpression();
        }

        if (filter.Length > 256)
        {
            throw AwsServiceException.InvalidParameter("1 validation error detected: Value at 'filter' failed to satisfy constraint: Member must have length less than or equal to 256");
        }

        var text = filter.Trim();
        var nameEnd = 0;
        while (nameEnd < text.Length && (char.IsAsciiLetterOrDigit(text[nameEnd]) || text[nameEnd] is '_' or ':'))
        {
            nameEnd++;
        }

        var name = text[..nameEnd];
        var rest = text[nameEnd..].TrimStart();
        bool startsWith;
        if (rest.StartsWith("^=", StringComparison.Ordinal))
        {
            startsWith = true;
            rest = rest[2..].TrimStart();
        }
        else if (rest.StartsWith('='))
        {
            startsWith = false;
            rest = rest[1..].TrimStart();
        }
        else
        {
            throw Invalid("expected attribute_name = \"value\" or attribute_name ^= \"value\".");
        }

        if (name.Length == 0)
        {
            throw Invalid("the attribute name is missing.");
        }

        if (!Searchable.Contains(name, StringComparer.Ordinal))
        {
            throw AwsServiceException.InvalidParameter("Invalid search attribute: " + name + ". Searchable attributes are " + string.Join(", ", Searchable) + ".");
        }

        return new UserFilterExpression(name, startsWith, ReadQuoted(rest));
    }

    public bool Matches(User user)
    {
        if (attribute is null)
        {
            return true;
        }

        var (actual, comparison) = attribute switch
        {
            "username" => (user.Username, StringComparison.Ordinal),
            "cognito:user_status" => (user.Status, StringComparison.OrdinalIgnoreCase),
            "status" => (user.Enabled ? "Enabled" : "Disabled", StringComparison.Ordinal),
            _ => (user.Attribute(attribute), StringComparison.Ordinal),
        };
        return actual is not null && (prefix ? actual.StartsWith(value, comparison) : actual.Equals(value, comparison));
    }

    private static string ReadQuoted(string text)
    {
        if (!text.StartsWith('"'))
        {
            throw Invalid("the value must be in double quotes.");
        }

        var value = new StringBuilder();
        for (var i = 1; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\\' && i + 1 < text.Length)
            {
                value.Append(text[++i]);
            }
            else if (c == '"')
            {
                if (text[(i + 1)..].Trim().Length > 0)
                {
                    throw Invalid("only one attribute can be searched, and nothing may follow the closing quote.");
                }

                return value.ToString();
            }
            else
            {
                value.Append(c);
            }
        }

        throw Invalid("the value's closing quote is missing.");
    }

    private static AwsServiceException Invalid(string reason) => AwsServiceException.InvalidParameter("Error while parsing filter: " + reason);
}
