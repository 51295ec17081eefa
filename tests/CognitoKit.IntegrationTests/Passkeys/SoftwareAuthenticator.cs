using System.Formats.Cbor;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.Tokens;

namespace CognitoKit.IntegrationTests.Passkeys;

/// <summary>
/// A passkey authenticator and the browser around it, in software: what <c>navigator.credentials.create</c> and
/// <c>.get</c> plus <c>credential.toJSON()</c> produce, from the options JSON Cognito sends. Each passkey is a fresh
/// key pair (ES256 on P-256, or RS256), attested with <c>none</c> or <c>packed</c> self-attestation. The knobs let a
/// test play a misbehaving page or authenticator (another origin, relying party, challenge, a bad signature, a counter
/// that goes back).
/// </summary>
internal sealed class SoftwareAuthenticator : IDisposable
{
    private const byte UserPresent = 0x01;
    private const byte UserVerified = 0x04;
    private const byte AttestedCredentialData = 0x40;

    private readonly List<Credential> _credentials = [];

    public SoftwareAuthenticator(string origin) => Origin = origin;

    /// <summary>The page origin the browser reports in <c>clientDataJSON</c>.</summary>
    public string Origin { get; set; }

    /// <summary>Whether the authenticator verifies the user (the UV flag).</summary>
    public bool VerifiesUser { get; set; } = true;

    public int Count => _credentials.Count;

    /// <summary>Makes a passkey for <c>PublicKeyCredentialCreationOptionsJSON</c>; returns <c>RegistrationResponseJSON</c>.</summary>
    public string Create(string creationOptionsJson, string format = "none", string algorithm = "ES256", string? relyingPartyIdOverride = null, string? challengeOverride = null)
    {
        JsonObject options = JsonNode.Parse(creationOptionsJson)!.AsObject();
        string rpId = relyingPartyIdOverride ?? (string)options["rp"]!["id"]!;
        string challenge = challengeOverride ?? (string)options["challenge"]!;
        var credential = new Credential(RandomNumberGenerator.GetBytes(16), algorithm, Base64UrlEncoder.DecodeBytes((string)options["user"]!["id"]!), rpId);
        _credentials.Add(credential);

        byte[] clientData = ClientData("webauthn.create", challenge);
        byte[] authData = [.. AuthenticatorData(rpId, (byte)(Flags() | AttestedCredentialData), 0), .. AttestedData(credential)];
        var writer = new CborWriter(CborConformanceMode.Ctap2Canonical);
        writer.WriteStartMap(3);
        writer.WriteTextString("fmt");
        writer.WriteTextString(format);
        writer.WriteTextString("attStmt");
        if (format == "packed")
        {
            writer.WriteStartMap(2);
            writer.WriteTextString("alg");
            writer.WriteInt32(credential.CoseAlgorithm);
            writer.WriteTextString("sig");
            writer.WriteByteString(credential.Sign([.. authData, .. SHA256.HashData(clientData)]));
            writer.WriteEndMap();
        }
        else
        {
            writer.WriteStartMap(0);
            writer.WriteEndMap();
        }

        writer.WriteTextString("authData");
        writer.WriteByteString(authData);
        writer.WriteEndMap();

        return new JsonObject
        {
            ["id"] = credential.IdText,
            ["rawId"] = credential.IdText,
            ["type"] = "public-key",
            ["authenticatorAttachment"] = "platform",
            ["response"] = new JsonObject
            {
                ["clientDataJSON"] = Base64UrlEncoder.Encode(clientData),
                ["attestationObject"] = Base64UrlEncoder.Encode(writer.Encode()),
                ["transports"] = new JsonArray("internal", "hybrid"),
            },
            ["clientExtensionResults"] = new JsonObject(),
        }.ToJsonString();
    }

    /// <summary>Signs in with the passkey the request options allow; returns <c>AuthenticationResponseJSON</c>.</summary>
    public string Get(string requestOptionsJson, string? relyingPartyIdOverride = null, string? challengeOverride = null, bool corruptSignature = false, uint? signCountOverride = null)
    {
        JsonObject options = JsonNode.Parse(requestOptionsJson)!.AsObject();
        var allowed = (options["allowCredentials"] as JsonArray ?? []).Select(c => (string)c!["id"]!).ToHashSet(StringComparer.Ordinal);
        Credential credential = _credentials.LastOrDefault(c => allowed.Count == 0 || allowed.Contains(c.IdText))
            ?? throw new InvalidOperationException("The authenticator holds none of the passkeys the options allow.");
        string rpId = relyingPartyIdOverride ?? (string?)options["rpId"] ?? credential.RelyingPartyId;
        string challenge = challengeOverride ?? (string)options["challenge"]!;
        credential.SignCount = signCountOverride ?? credential.SignCount + 1;

        byte[] clientData = ClientData("webauthn.get", challenge);
        byte[] authData = AuthenticatorData(rpId, Flags(), credential.SignCount);
        byte[] signature = credential.Sign([.. authData, .. SHA256.HashData(clientData)]);
        if (corruptSignature)
        {
            signature[^1] ^= 0x01;
        }

        return new JsonObject
        {
            ["id"] = credential.IdText,
            ["rawId"] = credential.IdText,
            ["type"] = "public-key",
            ["authenticatorAttachment"] = "platform",
            ["response"] = new JsonObject
            {
                ["clientDataJSON"] = Base64UrlEncoder.Encode(clientData),
                ["authenticatorData"] = Base64UrlEncoder.Encode(authData),
                ["signature"] = Base64UrlEncoder.Encode(signature),
                ["userHandle"] = Base64UrlEncoder.Encode(credential.UserHandle),
            },
            ["clientExtensionResults"] = new JsonObject(),
        }.ToJsonString();
    }

    public void Dispose()
    {
        foreach (Credential credential in _credentials)
        {
            credential.Dispose();
        }
    }

    private byte Flags() => (byte)(UserPresent | (VerifiesUser ? UserVerified : 0));

    private byte[] ClientData(string type, string challenge) =>
        Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new Dictionary<string, object> { ["type"] = type, ["challenge"] = challenge, ["origin"] = Origin, ["crossOrigin"] = false }));

    private static byte[] AuthenticatorData(string rpId, byte flags, uint signCount)
    {
        var data = new byte[37];
        SHA256.HashData(Encoding.UTF8.GetBytes(rpId)).CopyTo(data, 0);
        data[32] = flags;
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(data.AsSpan(33), signCount);
        return data;
    }

    /// <summary>AAGUID (zero: no model claimed), the credential id's length and the id, then the COSE public key.</summary>
    private static byte[] AttestedData(Credential credential)
    {
        var length = new byte[2];
        System.Buffers.Binary.BinaryPrimitives.WriteUInt16BigEndian(length, (ushort)credential.Id.Length);
        return [.. new byte[16], .. length, .. credential.Id, .. credential.CosePublicKey()];
    }

    private sealed class Credential : IDisposable
    {
        private readonly ECDsa? _ec;
        private readonly RSA? _rsa;

        public Credential(byte[] id, string algorithm, byte[] userHandle, string relyingPartyId)
        {
            Id = id;
            UserHandle = userHandle;
            RelyingPartyId = relyingPartyId;
            if (algorithm == "RS256")
            {
                _rsa = RSA.Create(2048);
            }
            else
            {
                _ec = ECDsa.Create(ECCurve.NamedCurves.nistP256);
            }
        }

        public byte[] Id { get; }

        public string IdText => Base64UrlEncoder.Encode(Id);

        public byte[] UserHandle { get; }

        public string RelyingPartyId { get; }

        public uint SignCount { get; set; }

        /// <summary>COSE algorithm: -7 (ES256) or -257 (RS256).</summary>
        public int CoseAlgorithm => _rsa is null ? -7 : -257;

        /// <summary>ECDSA signatures are DER (ASN.1) in WebAuthn; RSA is PKCS#1 v1.5.</summary>
        public byte[] Sign(byte[] data) => _ec is not null
            ? _ec.SignData(data, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence)
            : _rsa!.SignData(data, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);

        public byte[] CosePublicKey()
        {
            var writer = new CborWriter(CborConformanceMode.Ctap2Canonical);
            if (_ec is not null)
            {
                ECParameters p = _ec.ExportParameters(false);
                writer.WriteStartMap(5);
                writer.WriteInt32(1);
                writer.WriteInt32(2);
                writer.WriteInt32(3);
                writer.WriteInt32(-7);
                writer.WriteInt32(-1);
                writer.WriteInt32(1);
                writer.WriteInt32(-2);
                writer.WriteByteString(p.Q.X!);
                writer.WriteInt32(-3);
                writer.WriteByteString(p.Q.Y!);
            }
            else
            {
                RSAParameters p = _rsa!.ExportParameters(false);
                writer.WriteStartMap(4);
                writer.WriteInt32(1);
                writer.WriteInt32(3);
                writer.WriteInt32(3);
                writer.WriteInt32(-257);
                writer.WriteInt32(-1);
                writer.WriteByteString(p.Modulus!);
                writer.WriteInt32(-2);
                writer.WriteByteString(p.Exponent!);
            }

            writer.WriteEndMap();
            return writer.Encode();
        }

        public void Dispose()
        {
            _ec?.Dispose();
            _rsa?.Dispose();
        }
    }
}
