using System.Text.Json;

namespace CognitoKit.Tokens.Validation;

/// <summary>The payload claims validation reads; everything else is skipped.</summary>
internal enum JwtClaim
{
    Other,
    Iss,
    Exp,
    Iat,
    Nbf,
    AuthTime,
    TokenUse,
    ClientId,
    Aud,
    Sub,
    CognitoUsername,
    Username,
    Jti,
    OriginJti,
    EventId,
    Email,
    Scope,
    EmailVerified,
    Groups,
}

/// <summary>Maps a claim name under a reader to a <see cref="JwtClaim"/>.</summary>
internal static class JwtClaimNames
{
    // A switch on the name's length keeps the per-claim cost to one or two comparisons; escaped names take the slow path.
    public static JwtClaim Identify(ref Utf8JsonReader reader)
    {
        if (reader.ValueIsEscaped || reader.HasValueSequence)
        {
            return reader.ValueTextEquals("iss"u8) ? JwtClaim.Iss
                : reader.ValueTextEquals("exp"u8) ? JwtClaim.Exp
                : reader.ValueTextEquals("iat"u8) ? JwtClaim.Iat
                : reader.ValueTextEquals("nbf"u8) ? JwtClaim.Nbf
                : reader.ValueTextEquals("auth_time"u8) ? JwtClaim.AuthTime
                : reader.ValueTextEquals("token_use"u8) ? JwtClaim.TokenUse
                : reader.ValueTextEquals("client_id"u8) ? JwtClaim.ClientId
                : reader.ValueTextEquals("aud"u8) ? JwtClaim.Aud
                : reader.ValueTextEquals("sub"u8) ? JwtClaim.Sub
                : reader.ValueTextEquals("cognito:username"u8) ? JwtClaim.CognitoUsername
                : reader.ValueTextEquals("username"u8) ? JwtClaim.Username
                : reader.ValueTextEquals("jti"u8) ? JwtClaim.Jti
                : reader.ValueTextEquals("origin_jti"u8) ? JwtClaim.OriginJti
                : reader.ValueTextEquals("event_id"u8) ? JwtClaim.EventId
                : reader.ValueTextEquals("email"u8) ? JwtClaim.Email
                : reader.ValueTextEquals("scope"u8) ? JwtClaim.Scope
                : reader.ValueTextEquals("email_verified"u8) ? JwtClaim.EmailVerified
                : reader.ValueTextEquals("cognito:groups"u8) ? JwtClaim.Groups
                : JwtClaim.Other;
        }

        var name = reader.ValueSpan;
        return name.Length switch
        {
            3 => name.SequenceEqual("iss"u8) ? JwtClaim.Iss
                : name.SequenceEqual("exp"u8) ? JwtClaim.Exp
                : name.SequenceEqual("iat"u8) ? JwtClaim.Iat
                : name.SequenceEqual("nbf"u8) ? JwtClaim.Nbf
                : name.SequenceEqual("aud"u8) ? JwtClaim.Aud
                : name.SequenceEqual("sub"u8) ? JwtClaim.Sub
                : name.SequenceEqual("jti"u8) ? JwtClaim.Jti
                : JwtClaim.Other,
            5 => name.SequenceEqual("email"u8) ? JwtClaim.Email : name.SequenceEqual("scope"u8) ? JwtClaim.Scope : JwtClaim.Other,
            8 => name.SequenceEqual("username"u8) ? JwtClaim.Username : name.SequenceEqual("event_id"u8) ? JwtClaim.EventId : JwtClaim.Other,
            9 => name.SequenceEqual("auth_time"u8) ? JwtClaim.AuthTime
                : name.SequenceEqual("token_use"u8) ? JwtClaim.TokenUse
                : name.SequenceEqual("client_id"u8) ? JwtClaim.ClientId
                : JwtClaim.Other,
            10 => name.SequenceEqual("origin_jti"u8) ? JwtClaim.OriginJti : JwtClaim.Other,
            14 => name.SequenceEqual("email_verified"u8) ? JwtClaim.EmailVerified : name.SequenceEqual("cognito:groups"u8) ? JwtClaim.Groups : JwtClaim.Other,
            16 => name.SequenceEqual("cognito:username"u8) ? JwtClaim.CognitoUsername : JwtClaim.Other,
            _ => JwtClaim.Other,
        };
    }
}
