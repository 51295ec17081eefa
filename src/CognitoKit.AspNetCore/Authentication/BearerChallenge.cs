using System.Text;
using CognitoKit.Tokens;
using Microsoft.AspNetCore.Http;

namespace CognitoKit.AspNetCore;

/// <summary>RFC 6750 answers: which status, <c>error</c> and <c>error_description</c> each rejection gets, and the header text.</summary>
/// <remarks>Descriptions are fixed sentences chosen by reason, so no token content or claim value can reach a response.</remarks>
internal static class BearerChallenge
{
    public const string InvalidToken = "invalid_token";
    public const string InsufficientScope = "insufficient_scope";

    /// <summary>The answer to a rejected token: status, error and description.</summary>
    public static (int Status, string? Error, string? Description) For(TokenRejectionReason reason, CognitoTokenUse expected) => reason switch
    {
        TokenRejectionReason.Expired => (401, InvalidToken, "The token has expired"),
        TokenRejectionReason.NotYetValid => (401, InvalidToken, "The token is not valid yet"),
        TokenRejectionReason.InvalidIssuedAt => (401, InvalidToken, "The token's issue time is invalid"),
        TokenRejectionReason.Malformed => (401, InvalidToken, "The token is malformed"),
        TokenRejectionReason.UnsupportedAlgorithm => (401, InvalidToken, "The token's signing algorithm is not accepted"),
        TokenRejectionReason.UnknownKey => (401, InvalidToken, "The token's signing key is unknown"),
        TokenRejectionReason.InvalidSignature => (401, InvalidToken, "The token's signature is invalid"),
        TokenRejectionReason.WrongIssuer => (401, InvalidToken, "The token's issuer is invalid"),
        TokenRejectionReason.WrongTokenUse => (401, InvalidToken, expected == CognitoTokenUse.Id ? "The token is not an ID token" : "The token is not an access token"),
        TokenRejectionReason.WrongClient => (401, InvalidToken, "The token was issued to another client"),
        TokenRejectionReason.MissingGroup => (403, InsufficientScope, "The user is not in a required group"),
        TokenRejectionReason.MissingScope => (403, InsufficientScope, "The token lacks a required scope"),
        TokenRejectionReason.CustomCheckFailed => (401, InvalidToken, "The token was rejected"),

        // Not the client's fault and not fixed by another token: say so, and when to come back (the key refetch interval).
        TokenRejectionReason.JwksUnavailable => (503, null, null),
        _ => (401, InvalidToken, "The token is invalid"),
    };

    /// <summary>The <c>WWW-Authenticate</c> value: <c>Bearer</c>, then the parameters that are set.</summary>
    public static string Format(string? realm, string? error, string? description, string? scope)
    {
        var text = new StringBuilder("Bearer");
        var separator = " ";
        Append(text, ref separator, "realm", realm);
        Append(text, ref separator, "error", error);
        Append(text, ref separator, "error_description", description);
        Append(text, ref separator, "scope", scope);
        return text.ToString();
    }

    /// <summary>Writes the challenge or forbidden answer.</summary>
    public static void Write(HttpResponse response, int status, string? realm, string? error, string? description, string? scope)
    {
        response.StatusCode = status;
        if (status == StatusCodes.Status503ServiceUnavailable)
        {
            response.Headers.RetryAfter = "10";
            return;
        }

        response.Headers.Append("WWW-Authenticate", Format(realm, error, description, scope));
    }

    private static void Append(StringBuilder text, ref string separator, string name, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        text.Append(separator).Append(name).Append("=\"");
        foreach (var c in value)
        {
            // quoted-string: escape the two characters that would end it early; drop controls that would break the header.
            if (c is '"' or '\\')
            {
                text.Append('\\');
            }

            if (c >= ' ' && c != '\x7f')
            {
                text.Append(c);
            }
        }

        text.Append('"');
        separator = ", ";
    }
}
