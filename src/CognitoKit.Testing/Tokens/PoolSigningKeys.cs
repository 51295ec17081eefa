using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.Tokens;

namespace CognitoKit.Testing.Tokens;

/// <summary>
/// A pool's two RSA signing keys, one for ID tokens and one for access tokens as in Cognito, both in the JWKS.
/// Made on first use so that creating a pool stays cheap.
/// </summary>
internal sealed class PoolSigningKeys
{
    private Lazy<RsaSecurityKey> idKey = new(NewKey, LazyThreadSafetyMode.ExecutionAndPublication);
    private Lazy<RsaSecurityKey> accessKey = new(NewKey, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Whether the keys exist yet (they are made on first use); only made keys are kept in a data directory.</summary>
    public bool AreCreated => idKey.IsValueCreated && accessKey.IsValueCreated;

    public RsaSecurityKey IdKey => idKey.Value;

    public RsaSecurityKey AccessKey => accessKey.Value;

    public RsaSecurityKey? Find(string kid) =>
        IdKey.KeyId == kid ? IdKey : AccessKey.KeyId == kid ? AccessKey : null;

    /// <summary>Puts back the keys a data directory kept, so tokens signed before a restart still validate.</summary>
    public void Restore(RsaSecurityKey id, RsaSecurityKey access)
    {
        idKey = new Lazy<RsaSecurityKey>(id);
        accessKey = new Lazy<RsaSecurityKey>(access);
    }

    public JsonObject ToJwks() => new() { ["keys"] = new JsonArray(ToJwk(IdKey), ToJwk(AccessKey)) };

    private static JsonObject ToJwk(RsaSecurityKey key)
    {
        var parameters = key.Rsa.ExportParameters(includePrivateParameters: false);
        return new JsonObject
        {
            ["alg"] = "RS256",
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
            ["kid"] = key.KeyId,
            ["kty"] = "RSA",
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["use"] = "sig",
        };
    }

    private static RsaSecurityKey NewKey() =>
        new(RSA.Create(2048)) { KeyId = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)) };
}
