using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CognitoKit.Testing.Host;

namespace CognitoKit.Testing.UserPools;

/// <summary>
/// The model's length and pattern constraints on the top-level members most callers send (usernames, passwords,
/// client ids), refused before any handler runs, as Cognito's request validation does. Sensitive members are
/// named without their value, the way AWS words those errors.
/// </summary>
internal static partial class MemberConstraints
{
    private const string UsernamePattern = @"[\p{L}\p{M}\p{S}\p{N}\p{P}]+";

    private static readonly (string Member, int Max, bool Username)[] Checked =
    [
        ("Username", 128, true),
        ("Password", 256, false),
        ("ProposedPassword", 256, false),
        ("PreviousPassword", 256, false),
        ("TemporaryPassword", 256, false),
        ("ClientId", 128, false),
    ];

    public static AwsJsonOperation Wrap(AwsJsonOperation handler) => request =>
    {
        Check(request.Body);
        return handler(request);
    };

    private static void Check(JsonObject body)
    {
        foreach (var (member, max, username) in Checked)
        {
            if (body[member] is not JsonValue v || v.GetValueKind() != JsonValueKind.String)
            {
                continue;
            }

            var value = v.GetValue<string>();
            var path = char.ToLowerInvariant(member[0]) + member[1..];
            if (value.Length > max)
            {
                throw AwsServiceException.InvalidParameter($"1 validation error detected: Value at '{path}' failed to satisfy constraint: Member must have length less than or equal to {max}");
            }

            if (username && value.Length > 0 && !UsernameRegex().IsMatch(value))
            {
                throw AwsServiceException.InvalidParameter($"1 validation error detected: Value at '{path}' failed to satisfy constraint: Member must satisfy regular expression pattern: {UsernamePattern}");
            }
        }
    }

    [GeneratedRegex(@"^[\p{L}\p{M}\p{S}\p{N}\p{P}]+\z")]
    private static partial Regex UsernameRegex();
}
