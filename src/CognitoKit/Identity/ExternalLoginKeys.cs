using CognitoKit.Hosted;
using CognitoKit.Tokens;
using CognitoKit.Tokens.Validation;

namespace CognitoKit.Identity;

/// <summary>
/// Names the user behind external logins for the identity id store: the <c>sub</c> of a JWT login (read without
/// validating it; Cognito validates), or the user id the app gave for an opaque token (Facebook, Amazon).
/// </summary>
internal static class ExternalLoginKeys
{
    /// <summary>
    /// The key of the first provider, in ordinal order of provider names so the choice never depends on map order,
    /// that names its user; null when none does (then nothing is remembered).
    /// </summary>
    public static IdentityIdKey? KeyOf(string identityPoolId, IdentityLogins logins)
    {
        foreach ((string provider, string token) in logins.Logins.OrderBy(l => l.Key, StringComparer.Ordinal))
        {
            string? subject = logins.Subjects.GetValueOrDefault(provider) ?? SubjectOrNull(token);
            if (!string.IsNullOrEmpty(subject))
            {
                return IdentityIdKey.ForUser(identityPoolId, provider, subject);
            }
        }

        return null;
    }

    private static string? SubjectOrNull(string token) => UnverifiedJwtReader.ReadString(token, "sub");
}
