using System.Text.Json;

namespace CognitoKit.Tokens.Validation;

/// <summary>
/// Reads a Cognito JWT payload in one pass with <see cref="Utf8JsonReader"/>. The issuer and client ids are compared
/// as UTF-8 in place, so a valid token allocates only the strings it exposes.
/// </summary>
internal static class JwtPayloadReader
{
    /// <summary>Fills <paramref name="fields"/>; returns null on success or a safe description of what is wrong.</summary>
    public static string? Read(ReadOnlySpan<byte> json, byte[][] issuersUtf8, byte[][] clientIdsUtf8, ref JwtPayloadFields fields)
    {
        fields.IssuerMatch = -1;
        fields.ClientIdMatch = -1;
        fields.AudienceMatch = -1;
        Span<ulong> seen = stackalloc ulong[512];
        var seenCount = 0;
        try
        {
            var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = 32 });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return "the JWT payload is not a JSON object";
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                switch (DuplicateNameDetector.TryAdd(ref reader, seen, ref seenCount))
                {
                    case NameAddResult.Repeated:
                        return "the JWT payload repeats a claim";
                    case NameAddResult.TooMany:
                        return $"the JWT payload has more than {seen.Length} claims";
                }

                var error = ReadClaim(ref reader, issuersUtf8, clientIdsUtf8, ref fields);
                if (error is not null)
                {
                    return error;
                }
            }

            if (reader.TokenType != JsonTokenType.EndObject || reader.Read())
            {
                return "the JWT payload has content after its JSON object";
            }

            return null;
        }
        catch (JsonException)
        {
            return "the JWT payload is not valid JSON";
        }
        catch (InvalidOperationException)
        {
            // A string with invalid UTF-8 or escapes fails on GetString.
            return "the JWT payload holds an invalid string";
        }
    }

    private static string? ReadClaim(ref Utf8JsonReader reader, byte[][] issuersUtf8, byte[][] clientIdsUtf8, ref JwtPayloadFields fields)
    {
        var claim = JwtClaimNames.Identify(ref reader);
        if (claim == JwtClaim.Iss)
        {
            reader.Read();
            if (reader.TokenType != JsonTokenType.String)
            {
                return NotString("iss");
            }

            fields.HasIssuer = true;
            fields.IssuerMatch = MatchAny(ref reader, issuersUtf8);
            fields.Issuer = fields.IssuerMatch >= 0 ? null : reader.GetString();
        }
        else if (claim == JwtClaim.Exp)
        {
            return ReadNumericDate(ref reader, "exp", out fields.ExpiresAt);
        }
        else if (claim == JwtClaim.Iat)
        {
            return ReadNumericDate(ref reader, "iat", out fields.IssuedAt);
        }
        else if (claim == JwtClaim.Nbf)
        {
            return ReadNumericDate(ref reader, "nbf", out fields.NotBefore, roundUp: true);
        }
        else if (claim == JwtClaim.AuthTime)
        {
            return ReadNumericDate(ref reader, "auth_time", out fields.AuthTime);
        }
        else if (claim == JwtClaim.TokenUse)
        {
            reader.Read();
            if (reader.TokenType != JsonTokenType.String)
            {
                return NotString("token_use");
            }

            fields.TokenUse = reader.ValueTextEquals("access"u8) ? JwtTokenUseValue.Access
                : reader.ValueTextEquals("id"u8) ? JwtTokenUseValue.Id
                : JwtTokenUseValue.Other;
        }
        else if (claim == JwtClaim.ClientId)
        {
            reader.Read();
            if (reader.TokenType != JsonTokenType.String)
            {
                return NotString("client_id");
            }

            fields.HasClientId = true;
            fields.ClientIdMatch = MatchAny(ref reader, clientIdsUtf8);
            fields.ClientId = fields.ClientIdMatch < 0 ? reader.GetString() : null;
        }
        else if (claim == JwtClaim.Aud)
        {
            return ReadAudience(ref reader, clientIdsUtf8, ref fields);
        }
        else if (claim == JwtClaim.Sub)
        {
            return ReadString(ref reader, "sub", out fields.Subject);
        }
        else if (claim == JwtClaim.CognitoUsername)
        {
            return ReadString(ref reader, "cognito:username", out fields.CognitoUsername);
        }
        else if (claim == JwtClaim.Username)
        {
            return ReadString(ref reader, "username", out fields.Username);
        }
        else if (claim == JwtClaim.Jti)
        {
            return ReadString(ref reader, "jti", out fields.Jti);
        }
        else if (claim == JwtClaim.OriginJti)
        {
            return ReadString(ref reader, "origin_jti", out fields.OriginJti);
        }
        else if (claim == JwtClaim.EventId)
        {
            return ReadString(ref reader, "event_id", out fields.EventId);
        }
        else if (claim == JwtClaim.Email)
        {
            return ReadString(ref reader, "email", out fields.Email);
        }
        else if (claim == JwtClaim.Scope)
        {
            return ReadString(ref reader, "scope", out fields.Scope);
        }
        else if (claim == JwtClaim.EmailVerified)
        {
            reader.Read();
            fields.EmailVerified = reader.TokenType switch
            {
                JsonTokenType.True => true,
                JsonTokenType.False => false,
                JsonTokenType.String when reader.ValueTextEquals("true"u8) => true,
                JsonTokenType.String when reader.ValueTextEquals("false"u8) => false,
                _ => null,
            };
            if (fields.EmailVerified is null)
            {
                return "the claim 'email_verified' is not a boolean";
            }
        }
        else if (claim == JwtClaim.Groups)
        {
            return ReadGroups(ref reader, out fields.Groups);
        }
        else
        {
            reader.Read();
            reader.Skip();
        }

        return null;
    }

    private static int MatchAny(ref Utf8JsonReader reader, byte[][] candidatesUtf8)
    {
        for (var i = 0; i < candidatesUtf8.Length; i++)
        {
            if (reader.ValueTextEquals(candidatesUtf8[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static string? ReadAudience(ref Utf8JsonReader reader, byte[][] clientIdsUtf8, ref JwtPayloadFields fields)
    {
        reader.Read();
        fields.HasAudience = true;
        if (reader.TokenType == JsonTokenType.String)
        {
            fields.AudienceMatch = MatchAny(ref reader, clientIdsUtf8);
            fields.Audience = fields.AudienceMatch < 0 ? reader.GetString() : null;
            return null;
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            return "the claim 'aud' is neither a string nor an array of strings";
        }

        fields.AudienceIsArray = true;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.String)
            {
                return "the claim 'aud' is neither a string nor an array of strings";
            }

            if (fields.AudienceMatch < 0)
            {
                fields.AudienceMatch = MatchAny(ref reader, clientIdsUtf8);
                if (fields.AudienceMatch < 0)
                {
                    fields.Audience ??= reader.GetString();
                }
            }
        }

        return null;
    }

    private static string? ReadGroups(ref Utf8JsonReader reader, out string[]? groups)
    {
        groups = null;
        reader.Read();
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            return "the claim 'cognito:groups' is not an array of strings";
        }

        // Count on a copy of the reader first so the array is allocated once at its exact size.
        var counter = reader;
        var count = 0;
        while (counter.Read() && counter.TokenType != JsonTokenType.EndArray)
        {
            if (counter.TokenType != JsonTokenType.String)
            {
                return "the claim 'cognito:groups' is not an array of strings";
            }

            count++;
        }

        var values = new string[count];
        for (var i = 0; i < count; i++)
        {
            reader.Read();
            values[i] = reader.GetString()!;
        }

        reader.Read();
        groups = values;
        return null;
    }

    private static string? ReadString(ref Utf8JsonReader reader, string name, out string? value)
    {
        reader.Read();
        if (reader.TokenType != JsonTokenType.String)
        {
            value = null;
            return NotString(name);
        }

        value = reader.GetString();
        return null;
    }

    // NumericDate (RFC 7519 §2) is a JSON number of seconds, possibly written with a fraction or an exponent. One rule
    // for every spelling: the value, floored to whole seconds, must be a date DateTimeOffset can hold (years 1 to 9999).
    private const long MinNumericDate = -62135596800L;
    private const long MaxNumericDate = 253402300799L;

    // A fraction is rounded towards the strict side: down for a time that must not have passed yet (exp), up for one
    // that must have passed (nbf), so that "nbf = now + 0.5" is not valid at "now" (RFC 7519 §4.1.5).
    private static string? ReadNumericDate(ref Utf8JsonReader reader, string name, out long? value, bool roundUp = false)
    {
        reader.Read();
        value = null;
        if (reader.TokenType != JsonTokenType.Number)
        {
            return $"the claim '{name}' is not a number";
        }

        decimal seconds;
        if (reader.TryGetInt64(out var whole))
        {
            seconds = whole;
        }
        else if (!reader.TryGetDecimal(out seconds))
        {
            // Beyond decimal's range (about 7.9e28) or finer than it can hold: a double still tells in-range from out.
            if (!reader.TryGetDouble(out var real) || !double.IsFinite(real) || real < MinNumericDate || real >= MaxNumericDate + 1)
            {
                return $"the claim '{name}' is out of range";
            }

            seconds = (decimal)real;
        }

        var rounded = roundUp ? decimal.Ceiling(seconds) : decimal.Floor(seconds);
        if (rounded < MinNumericDate || rounded > MaxNumericDate)
        {
            return $"the claim '{name}' is out of range";
        }

        value = (long)rounded;
        return null;
    }

    private static string NotString(string name) => $"the claim '{name}' is not a string";
}
