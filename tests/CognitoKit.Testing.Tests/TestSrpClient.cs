using System.Globalization;
using System.Numerics;
using System.Security.Cryptography;
using System.Text;

namespace CognitoKit.Testing.Tests;

/// <summary>A small client-side SRP-6a for Cognito, written from the SRP reference notes for the tests.</summary>
internal sealed class TestSrpClient
{
    public static readonly BigInteger N = BigInteger.Parse("0FFFFFFFFFFFFFFFFC90FDAA22168C234C4C6628B80DC1CD129024E088A67CC74020BBEA63B139B22514A08798E3404DDEF9519B3CD3A431B302B0A6DF25F14374FE1356D6D51C245E485B576625E7EC6F44C42E9A637ED6B0BFF5CB6F406B7EDEE386BFB5A899FA5AE9F24117C4B1FE649286651ECE45B3DC2007CB8A163BF0598DA48361C55D39A69163FA8FD24CF5F83655D23DCA3AD961C62F356208552BB9ED529077096966D670C354E4ABC9804F1746C08CA18217C32905E462E36CE3BE39E772C180E86039B2783A2EC07A28FB5C55DF06F4C52C9DE2BCBF6955817183995497CEA956AE515D2261898FA051015728E5A8AAAC42DAD33170D04507A33A85521ABDF1CBA64ECFB850458DBEF0A8AEA71575D060C7DB3970F85A6E1E4C7ABF5AE8CDB0933D71E8C94E04A25619DCEE3D2261AD2EE6BF12FFA06D98A0864D87602733EC86A64521F2B18177B200CBBE117577A615D6C770988C0BAD946E208E24FA074E5AB3143DB5BFCE0FD108E4B82D120A93AD2CAFFFFFFFFFFFFFFFF", NumberStyles.HexNumber, CultureInfo.InvariantCulture);
    public static readonly BigInteger G = 2;
    public static readonly BigInteger K = Int(H(Pad(N), Pad(G)));

    private readonly BigInteger a;

    public TestSrpClient(BigInteger? a = null)
    {
        this.a = a ?? Int(RandomNumberGenerator.GetBytes(128));
        A = BigInteger.ModPow(G, this.a, N);
    }

    public BigInteger A { get; }

    public string AHex => A.ToString("x", CultureInfo.InvariantCulture).TrimStart('0');

    public static byte[] Pad(BigInteger v) => v.ToByteArray(isUnsigned: false, isBigEndian: true);

    public static BigInteger Int(ReadOnlySpan<byte> b) => new(b, isUnsigned: true, isBigEndian: true);

    public static BigInteger Hex(string hex) => BigInteger.Parse("0" + hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture);

    public static byte[] H(params byte[][] parts) => SHA256.HashData(parts.SelectMany(p => p).ToArray());

    public static BigInteger X(BigInteger salt, string prefix, string name, string password) =>
        Int(H(Pad(salt), H(Encoding.UTF8.GetBytes(prefix + name + ":" + password))));

    public BigInteger S(BigInteger b, BigInteger x)
    {
        var u = Int(H(Pad(A), Pad(b)));
        var baseValue = ((b - (K * BigInteger.ModPow(G, x, N) % N)) % N + N) % N;
        return BigInteger.ModPow(baseValue, a + (u * x), N);
    }

    /// <summary>The PASSWORD_CLAIM_SIGNATURE for a challenge, with prefix = pool name (or device group key).</summary>
    public string Signature(string prefix, string name, string password, string saltHex, string bHex, string secretBlock, string timestamp)
    {
        var bigB = Hex(bHex);
        var u = Int(H(Pad(A), Pad(bigB)));
        var s = S(bigB, X(Hex(saltHex), prefix, name, password));
        var prk = HMACSHA256.HashData(Pad(u), Pad(s));
        var key = HMACSHA256.HashData(prk, Encoding.UTF8.GetBytes("Caldera Derived Key\u0001"))[..16];
        var message = Encoding.UTF8.GetBytes(prefix).Concat(Encoding.UTF8.GetBytes(name)).Concat(Convert.FromBase64String(secretBlock)).Concat(Encoding.UTF8.GetBytes(timestamp)).ToArray();
        return Convert.ToBase64String(HMACSHA256.HashData(key, message));
    }

    public static string Timestamp(DateTimeOffset now) => now.UtcDateTime.ToString("ddd MMM d HH:mm:ss 'UTC' yyyy", CultureInfo.InvariantCulture);

    /// <summary>The ChallengeResponses for PASSWORD_VERIFIER (or DEVICE_PASSWORD_VERIFIER).</summary>
    public JsonObject Answer(JsonObject challengeParameters, string prefix, string password, DateTimeOffset now, string? name = null)
    {
        name ??= (string)challengeParameters["USER_ID_FOR_SRP"]!;
        var timestamp = Timestamp(now);
        var block = (string)challengeParameters["SECRET_BLOCK"]!;
        return new JsonObject
        {
            ["USERNAME"] = (string?)challengeParameters["USERNAME"] ?? name,
            ["PASSWORD_CLAIM_SECRET_BLOCK"] = block,
            ["TIMESTAMP"] = timestamp,
            ["PASSWORD_CLAIM_SIGNATURE"] = Signature(prefix, name, password, (string)challengeParameters["SALT"]!, (string)challengeParameters["SRP_B"]!, block, timestamp),
        };
    }
}
