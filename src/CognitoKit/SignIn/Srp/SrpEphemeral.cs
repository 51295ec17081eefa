using System.Numerics;
using System.Security.Cryptography;

namespace CognitoKit.SignIn.Srp;

/// <summary>
/// The client's ephemeral SRP key pair: a secret <c>a</c> and the public <c>A = g^a mod N</c>.
/// </summary>
/// <remarks>
/// Single-use: <c>PasswordClaim.Compute</c> claims it, and a second claim throws, because
/// reusing <c>a</c> across two exchanges weakens SRP. Obtain ephemerals from
/// <see cref="SrpEphemeralSource"/> so <c>A</c> is computed before a sign-in needs it.
/// </remarks>
internal sealed class SrpEphemeral
{
    /// <summary>The number of random bytes that make up <c>a</c>.</summary>
    public const int PrivateValueLength = 128;

    private readonly BigInteger _privateValue;
    private int _claimed;

    private SrpEphemeral(BigInteger privateValue, BigInteger publicValue)
    {
        _privateValue = privateValue;
        PublicValue = publicValue;
        PublicValueHex = SrpEncoding.ToHex(publicValue);
    }

    /// <summary>A = g^a mod N.</summary>
    public BigInteger PublicValue { get; }

    /// <summary>A as Cognito expects <c>SRP_A</c>: lowercase hex without padding.</summary>
    public string PublicValueHex { get; }

    /// <summary>Whether the private value has already been used for a password claim.</summary>
    public bool IsClaimed => Volatile.Read(ref _claimed) != 0;

    /// <summary>Draws 128 random bytes for <c>a</c> and computes <c>A</c>.</summary>
    public static SrpEphemeral Create() => Create(SrpGroup.Arithmetic);

    /// <summary>Draws 128 random bytes for <c>a</c> and computes <c>A</c> with <paramref name="arithmetic"/>.</summary>
    public static SrpEphemeral Create(IModularArithmetic arithmetic)
    {
        ArgumentNullException.ThrowIfNull(arithmetic);
        Span<byte> random = stackalloc byte[PrivateValueLength];
        try
        {
            while (true)
            {
                RandomNumberGenerator.Fill(random);
                SrpEphemeral? ephemeral = TryCreate(random, arithmetic);
                if (ephemeral is not null)
                {
                    return ephemeral;
                }
            }
        }
        finally
        {
            random.Clear();
        }
    }

    /// <summary>Builds the ephemeral for a given <c>a</c> (big-endian, unsigned); for tests and vectors.</summary>
    /// <exception cref="ArgumentException">The bytes give A ≡ 0 mod N.</exception>
    public static SrpEphemeral FromPrivateValue(ReadOnlySpan<byte> privateValue) => FromPrivateValue(privateValue, SrpGroup.Arithmetic);

    /// <summary>Builds the ephemeral for a given <c>a</c>, computing <c>A</c> with <paramref name="arithmetic"/>.</summary>
    /// <exception cref="ArgumentException">The bytes give A ≡ 0 mod N.</exception>
    public static SrpEphemeral FromPrivateValue(ReadOnlySpan<byte> privateValue, IModularArithmetic arithmetic) =>
        TryCreate(privateValue, arithmetic ?? throw new ArgumentNullException(nameof(arithmetic))) ?? throw new ArgumentException("The private value yields A = 0 mod N.", nameof(privateValue));

    /// <summary>Returns <c>a</c> and marks the ephemeral used.</summary>
    /// <exception cref="InvalidOperationException">The ephemeral was claimed before.</exception>
    internal BigInteger Claim()
    {
        if (Interlocked.Exchange(ref _claimed, 1) != 0)
        {
            throw new InvalidOperationException("This SRP ephemeral has already been used; take a fresh one for every exchange.");
        }

        return _privateValue;
    }

    /// <inheritdoc/>
    public override string ToString() => nameof(SrpEphemeral);

    private static SrpEphemeral? TryCreate(ReadOnlySpan<byte> privateValue, IModularArithmetic arithmetic)
    {
        BigInteger a = SrpEncoding.FromHash(privateValue);
        BigInteger publicValue = arithmetic.PowerOfTwo(a);
        return publicValue.IsZero ? null : new SrpEphemeral(a, publicValue);
    }
}
