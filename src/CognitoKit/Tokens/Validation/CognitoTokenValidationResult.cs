using System.Diagnostics.CodeAnalysis;
using System.Security.Claims;

namespace CognitoKit.Tokens;

/// <summary>The outcome of validating a token: its claims when valid, or the reason and a safe message when rejected.</summary>
/// <remarks>The message never contains the token, its signature or its claim values.</remarks>
public sealed record CognitoTokenValidationResult
{
    private CognitoTokenValidationResult(CognitoTokenClaims? claims, TokenRejectionReason? reason, string? message)
    {
        Claims = claims;
        RejectionReason = reason;
        Message = message;
    }

    /// <summary>Whether the token passed every check.</summary>
    [MemberNotNullWhen(true, nameof(Claims))]
    [MemberNotNullWhen(false, nameof(Message))]
    public bool IsValid => Claims is not null;

    /// <summary>The typed claims of a valid token; <see langword="null"/> when rejected.</summary>
    public CognitoTokenClaims? Claims { get; }

    /// <summary>Why the token was rejected; <see langword="null"/> when valid.</summary>
    public TokenRejectionReason? RejectionReason { get; }

    /// <summary>A description of the rejection that is safe to log; <see langword="null"/> when valid.</summary>
    public string? Message { get; }

    /// <summary>The principal of a valid token (built on first access); <see langword="null"/> when rejected.</summary>
    public ClaimsPrincipal? Principal => Claims?.Principal;

    /// <inheritdoc />
    public override string ToString() =>
        IsValid ? $"Valid: {Claims}" : $"Rejected ({RejectionReason}): {Message}";

    internal static CognitoTokenValidationResult Success(CognitoTokenClaims claims) => new(claims, null, null);

    internal static CognitoTokenValidationResult Failure(TokenRejectionReason reason, string message) => new(null, reason, message);
}
