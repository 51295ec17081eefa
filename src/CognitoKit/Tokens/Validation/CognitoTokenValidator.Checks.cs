using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using CognitoKit.Tokens.Validation;

namespace CognitoKit.Tokens;

// The synchronous heart of validation: everything on spans over one pooled buffer, so it cannot cross an await.
public sealed partial class CognitoTokenValidator
{
    // Returns the result, or null when the key is not cached and a refresh may find it; keySource is then the index
    // of the key cache to refresh: that of the accepted issuer the token names.
    // Internal so the benchmark can measure the checks without the telemetry guard of ValidateAsync.
    internal CognitoTokenValidationResult? Validate(string token, CognitoTokenUse expectedUse, bool keysRefreshed, out int keySource)
    {
        keySource = 0;
        if (_tokenCache is { } cache && cache.TryGet(token, out var cached) && ValidateCached(cache, cached, expectedUse) is { } answer)
        {
            return answer;
        }

        if (token.Length == 0)
        {
            return Reject(TokenRejectionReason.Malformed, "The token is empty.");
        }

        if (token.Length > MaxTokenLength)
        {
            return Reject(TokenRejectionReason.Malformed, "The token is longer than 256 KB, more than Cognito issues.");
        }

        var first = token.IndexOf('.', StringComparison.Ordinal);
        var second = first < 0 ? -1 : token.IndexOf('.', first + 1);
        if (second < 0 || token.IndexOf('.', second + 1) >= 0)
        {
            return Reject(TokenRejectionReason.Malformed, "The token does not have exactly three segments.");
        }

        var headerSegment = token.AsSpan(0, first);
        var payloadSegment = token.AsSpan(first + 1, second - first - 1);
        var signatureSegment = token.AsSpan(second + 1);
        var headerMax = Base64UrlDecoder.GetMaxDecodedLength(headerSegment.Length);
        var payloadMax = Base64UrlDecoder.GetMaxDecodedLength(payloadSegment.Length);
        var signatureMax = Base64UrlDecoder.GetMaxDecodedLength(signatureSegment.Length);
        var buffer = ArrayPool<byte>.Shared.Rent(second + headerMax + payloadMax + signatureMax);
        try
        {
            var headerBuffer = buffer.AsSpan(0, headerMax);
            var payloadBuffer = buffer.AsSpan(headerMax, payloadMax);
            var signatureBuffer = buffer.AsSpan(headerMax + payloadMax, signatureMax);
            var signingInput = buffer.AsSpan(headerMax + payloadMax + signatureMax, second);

            if (!Base64UrlDecoder.TryDecode(headerSegment, headerBuffer, out var headerLength)
                || !Base64UrlDecoder.TryDecode(payloadSegment, payloadBuffer, out var payloadLength)
                || !Base64UrlDecoder.TryDecode(signatureSegment, signatureBuffer, out var signatureLength))
            {
                return Reject(TokenRejectionReason.Malformed, "A token segment is not base64url.");
            }

            Span<byte> kid = stackalloc byte[MaxKidBytes];
            var problem = JwtHeaderReader.Read(headerBuffer[..headerLength], kid, out var algorithm, out var kidLength);
            if (problem is not null)
            {
                return Reject(TokenRejectionReason.Malformed, Sentence(problem));
            }

            // Refused before any key lookup, so "none" or HMAC tokens never reach a key.
            if (algorithm != JwtAlgorithm.RS256)
            {
                return Reject(
                    TokenRejectionReason.UnsupportedAlgorithm,
                    algorithm == JwtAlgorithm.Missing ? "The token header has no 'alg'; only RS256 is accepted." : "The token's 'alg' is not RS256, the only algorithm accepted.");
            }

            var fields = default(JwtPayloadFields);
            problem = JwtPayloadReader.Read(payloadBuffer[..payloadLength], _issuersUtf8, _clientIdsUtf8, ref fields);
            if (problem is not null)
            {
                return Reject(TokenRejectionReason.Malformed, Sentence(problem));
            }

            if (fields.Subject is null)
            {
                return Reject(TokenRejectionReason.Malformed, "The token has no 'sub' claim.");
            }

            // Checked before the key lookup so tokens from other issuers never cause a JWKS fetch.
            if (_options.ValidateIssuer && fields.IssuerMatch < 0)
            {
                return Reject(
                    TokenRejectionReason.WrongIssuer,
                    fields.HasIssuer ? $"The token's issuer is not {string.Join(" or ", _issuers)}." : "The token has no 'iss' claim.");
            }

            // Keys come from the JWKS of the accepted issuer the token names; never from an issuer that is not accepted.
            keySource = Math.Max(fields.IssuerMatch, 0);
            var jwks = _jwks[keySource];
            jwks.RefreshIfStale();

            if (kidLength < 0)
            {
                return Reject(
                    TokenRejectionReason.UnknownKey,
                    kidLength == JwtHeaderReader.KidMissing ? "The token header has no 'kid'." : "The token's 'kid' is too long to name any key.");
            }

            var keySet = jwks.Keys;
            JwksKey? key = null;
            if (keySet is null || !keySet.TryGet(kid[..kidLength], out key))
            {
                if (!keysRefreshed)
                {
                    return null;
                }

                return keySet is null
                    ? Reject(TokenRejectionReason.JwksUnavailable, $"No signing keys could be loaded from {jwks.JwksUri}: {jwks.LastProblem ?? "not fetched yet"}.")
                    : Reject(TokenRejectionReason.UnknownKey, "The token's 'kid' is not in the user pool's JWKS.");
            }

            if (signatureLength != key.SignatureLength)
            {
                return Reject(TokenRejectionReason.InvalidSignature, "The token's signature has the wrong length for its key.");
            }

            // Both segments passed the base64url alphabet check, so the signing input is pure ASCII.
            Encoding.ASCII.GetBytes(token.AsSpan(0, second), signingInput);
            Span<byte> hash = stackalloc byte[32];
            SHA256.HashData(signingInput, hash);
            bool verified;
            SignatureVerifying?.Invoke();
            try
            {
                verified = key.Rsa.VerifyHash(hash, signatureBuffer[..signatureLength], HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            }
            catch (CryptographicException)
            {
                verified = false;
            }

            if (!verified)
            {
                return Reject(TokenRejectionReason.InvalidSignature, "The token's signature does not verify.");
            }

            var result = CheckClaims(token, expectedUse, in fields);
            if (result.IsValid && _tokenCache is { } tokenCache)
            {
                result.Claims.MarkShared();
                tokenCache.Add(new ValidatedTokenEntry(
                    token, result, expectedUse, fields.ExpiresAt, fields.NotBefore, fields.IssuedAt, jwks, keySet, key));
            }

            return result;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer, clearArray: true);
        }
    }

    private CognitoTokenValidationResult CheckClaims(string token, CognitoTokenUse expectedUse, in JwtPayloadFields fields)
    {
        var options = _options;
        var actualUse = fields.TokenUse switch
        {
            JwtTokenUseValue.Id => CognitoTokenUse.Id,
            JwtTokenUseValue.Access => CognitoTokenUse.Access,
            _ => expectedUse,
        };
        if (options.ValidateTokenUse && (fields.TokenUse is JwtTokenUseValue.Missing or JwtTokenUseValue.Other || actualUse != expectedUse))
        {
            return Reject(
                TokenRejectionReason.WrongTokenUse,
                fields.TokenUse == JwtTokenUseValue.Missing ? "The token has no 'token_use' claim." : $"The token is not an {Describe(expectedUse)} token.");
        }

        var isAccess = expectedUse == CognitoTokenUse.Access;

        // Cognito writes an ID token's aud as one client id. An array could name clients this API does not trust next to
        // one it does, which OIDC Core 3.1.3.7 says to refuse; since Cognito never issues one, every array is refused.
        if (!isAccess && options.ValidateClientId && fields.AudienceIsArray)
        {
            return Reject(
                TokenRejectionReason.WrongClient,
                "The ID token's 'aud' is an array; Cognito issues ID tokens for exactly one app client, as a single string.");
        }

        var match = isAccess ? fields.ClientIdMatch : fields.AudienceMatch;
        var clientId = match >= 0 ? _clientIds[match] : isAccess ? fields.ClientId : fields.Audience;
        if (options.ValidateClientId && match < 0)
        {
            var claim = isAccess ? "client_id" : "aud";
            var present = isAccess ? fields.HasClientId : fields.HasAudience;
            return Reject(
                TokenRejectionReason.WrongClient,
                present ? $"The token's '{claim}' is not an allowed client id." : $"The token has no '{claim}' claim.");
        }

        var now = _timeProvider.GetUtcNow().ToUnixTimeSeconds();
        if (CheckLifetime(now, fields.ExpiresAt, fields.NotBefore, fields.IssuedAt) is { } outOfLifetime)
        {
            return outOfLifetime;
        }

        foreach (var group in _requiredGroups)
        {
            if (fields.Groups is null || Array.IndexOf(fields.Groups, group) < 0)
            {
                return Reject(TokenRejectionReason.MissingGroup, $"The token is not in the required group '{group}'.");
            }
        }

        foreach (var scope in _requiredScopes)
        {
            if (!HasScope(fields.Scope, scope))
            {
                return Reject(TokenRejectionReason.MissingScope, $"The token lacks the required scope '{scope}'.");
            }
        }

        var claims = new CognitoTokenClaims(token, in fields, actualUse, _issuers[Math.Max(fields.IssuerMatch, 0)], clientId);
        if (CheckRevocation(claims) is { } revoked)
        {
            return revoked;
        }

        if (options.CustomCheck is { } check && !check(claims))
        {
            return Reject(TokenRejectionReason.CustomCheckFailed, "The token failed the custom check.");
        }

        return CognitoTokenValidationResult.Success(claims);
    }

    // Runs on every validation, a cache hit included: the dates are judged by the clock of this call.
    private CognitoTokenValidationResult? CheckLifetime(long now, long? expiresAt, long? notBefore, long? issuedAt)
    {
        var options = _options;
        if (options.ValidateExpiration)
        {
            if (expiresAt is not { } exp)
            {
                return Reject(TokenRejectionReason.Malformed, "The token has no 'exp' claim.");
            }

            // Skew moves "now", never the claim: exp + skew overflows for a far-future exp (long.MaxValue becomes negative).
            if (now - _skewSeconds >= exp)
            {
                return Reject(TokenRejectionReason.Expired, "The token has expired.");
            }
        }

        if (options.ValidateNotBefore && notBefore is { } nbf && now + _skewSeconds < nbf)
        {
            return Reject(TokenRejectionReason.NotYetValid, "The token is not valid yet ('nbf' is in the future).");
        }

        if (options.ValidateIssuedAt)
        {
            if (issuedAt is not { } iat)
            {
                return Reject(TokenRejectionReason.Malformed, "The token has no 'iat' claim.");
            }

            if (iat > now + _skewSeconds || (expiresAt is { } expiry && iat > expiry))
            {
                return Reject(TokenRejectionReason.InvalidIssuedAt, "The token's 'iat' is in the future or after its 'exp'.");
            }
        }

        return null;
    }

    private static bool HasScope(string? scopes, string wanted)
    {
        var rest = scopes.AsSpan();
        while (!rest.IsEmpty)
        {
            var space = rest.IndexOf(' ');
            var current = space < 0 ? rest : rest[..space];
            if (current.SequenceEqual(wanted))
            {
                return true;
            }

            rest = space < 0 ? default : rest[(space + 1)..];
        }

        return false;
    }

    private static string Describe(CognitoTokenUse use) => use == CognitoTokenUse.Access ? "access" : "ID";

    private static string Sentence(string problem) => string.Concat(problem[..1].ToUpperInvariant(), problem.AsSpan(1), ".");

    private static CognitoTokenValidationResult Reject(TokenRejectionReason reason, string message) =>
        CognitoTokenValidationResult.Failure(reason, message);
}
