using System.Buffers;
using System.Security.Claims;
using System.Text.Json;

namespace CognitoKit.Tokens.Validation;

/// <summary>Builds the <see cref="ClaimsPrincipal"/> of a validated token on demand, from its payload.</summary>
internal static class CognitoPrincipalBuilder
{
    /// <summary>The <see cref="ClaimsIdentity.AuthenticationType"/> used when the caller names none.</summary>
    public const string AuthenticationType = "Cognito";

    /// <summary>The principal of a validated token, its identity's authentication type being <paramref name="authenticationType"/>.</summary>
    /// <param name="token">The validated token.</param>
    /// <param name="typed">Its typed claims.</param>
    /// <param name="authenticationType">An ASP.NET Core handler passes its scheme name, so <c>Identity.AuthenticationType</c> names the scheme.</param>
    public static ClaimsPrincipal Build(string token, CognitoTokenClaims typed, string authenticationType = AuthenticationType)
    {
        ArgumentException.ThrowIfNullOrEmpty(authenticationType);
        var issuer = typed.Issuer;
        var claims = new List<Claim>(24)
        {
            new(ClaimTypes.NameIdentifier, typed.Subject, ClaimValueTypes.String, issuer),
        };
        if (typed.Username is not null)
        {
            claims.Add(new Claim(ClaimTypes.Name, typed.Username, ClaimValueTypes.String, issuer));
        }

        foreach (var group in typed.Groups)
        {
            claims.Add(new Claim(ClaimTypes.Role, group, ClaimValueTypes.String, issuer));
        }

        foreach (var scope in typed.Scopes)
        {
            claims.Add(new Claim("scope", scope, ClaimValueTypes.String, issuer));
        }

        AddPayloadClaims(token, issuer, claims);
        var identity = new ClaimsIdentity(claims, authenticationType, ClaimTypes.Name, ClaimTypes.Role);
        return new ClaimsPrincipal(identity);
    }

    private static void AddPayloadClaims(string token, string issuer, List<Claim> claims)
    {
        var first = token.IndexOf('.', StringComparison.Ordinal);
        var second = token.IndexOf('.', first + 1);
        var segment = token.AsSpan(first + 1, second - first - 1);
        var buffer = ArrayPool<byte>.Shared.Rent(Base64UrlDecoder.GetMaxDecodedLength(segment.Length));
        try
        {
            // The payload was decoded and parsed once already, so this cannot fail for a validated token.
            Base64UrlDecoder.TryDecode(segment, buffer, out var length);
            using var document = JsonDocument.Parse(buffer.AsMemory(0, length));
            foreach (var property in document.RootElement.EnumerateObject())
            {
                // Already present in their typed form above.
                if (property.NameEquals("scope"))
                {
                    continue;
                }

                AddValue(property.Name, property.Value, issuer, claims, allowArray: true);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static void AddValue(string name, JsonElement value, string issuer, List<Claim> claims, bool allowArray)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                claims.Add(new Claim(name, value.GetString()!, ClaimValueTypes.String, issuer));
                break;
            case JsonValueKind.Number:
                claims.Add(new Claim(name, value.GetRawText(), value.TryGetInt64(out _) ? ClaimValueTypes.Integer64 : ClaimValueTypes.Double, issuer));
                break;
            case JsonValueKind.True:
            case JsonValueKind.False:
                claims.Add(new Claim(name, value.GetBoolean() ? "true" : "false", ClaimValueTypes.Boolean, issuer));
                break;
            case JsonValueKind.Array when allowArray:
                foreach (var item in value.EnumerateArray())
                {
                    AddValue(name, item, issuer, claims, allowArray: false);
                }

                break;
            case JsonValueKind.Null:
            case JsonValueKind.Undefined:
                break;
            default:
                claims.Add(new Claim(name, value.GetRawText(), "JSON", issuer));
                break;
        }
    }
}
