using CognitoKit.Testing.Srp;

namespace CognitoKit.Testing.Auth;

/// <summary>
/// Big-integer work done for a sign-in step before it takes the pool lock, so concurrent sign-ins on one pool do not
/// queue behind each other's modular exponentiations. It was computed from <see cref="Verifier"/>; the step uses it
/// only if the user still has that very verifier once the lock is held, and redoes the work otherwise.
/// </summary>
internal sealed record EarlyWork(SrpVerifier? Verifier, SrpServerSession? Srp, bool? PasswordMatches, bool ForUnknownUser = false)
{
    public static readonly EarlyWork None = new(null, null, null);

    /// <summary>The prepared SRP session, if it was made for <paramref name="verifier"/> and <paramref name="a"/>.</summary>
    public SrpServerSession? SrpFor(SrpVerifier verifier, System.Numerics.BigInteger a) =>
        Srp is { } srp && ReferenceEquals(Verifier, verifier) && srp.A == a ? srp : null;

    /// <summary>The prepared password check, if it was made against <paramref name="verifier"/>.</summary>
    public bool? PasswordMatchesFor(SrpVerifier? verifier) =>
        verifier is not null && ReferenceEquals(Verifier, verifier) ? PasswordMatches : null;

    /// <summary>Leaves the SRP values out.</summary>
    public override string ToString() => nameof(EarlyWork);
}
