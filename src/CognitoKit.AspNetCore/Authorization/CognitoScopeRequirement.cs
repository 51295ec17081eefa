using Microsoft.AspNetCore.Authorization;

namespace CognitoKit.AspNetCore;

/// <summary>Requires the token to carry at least one of <see cref="Scopes"/> in its <c>scope</c> claim.</summary>
/// <remarks>
/// It is its own handler, so no registration is needed. Chain several to require every scope. A failure answers
/// <c>403</c> with <c>WWW-Authenticate: Bearer error="insufficient_scope", scope="..."</c> when the Cognito scheme forbids.
/// Only scopes the configured Cognito pool issued count (see <see cref="CognitoGroupRequirement"/>): a <c>scope</c> claim
/// from another scheme is ignored.
/// </remarks>
public sealed class CognitoScopeRequirement : AuthorizationHandler<CognitoScopeRequirement>, IAuthorizationRequirement
{
    /// <summary>The name of the scope claim: one claim per scope (a space-separated value is split too).</summary>
    public const string ScopeClaimType = "scope";

    /// <summary>Creates the requirement.</summary>
    /// <param name="scopes">The scopes, such as <c>orders/read</c>, any one of which is enough.</param>
    /// <exception cref="ArgumentException">No scope, an empty one, or one with a space or quote is given.</exception>
    public CognitoScopeRequirement(IEnumerable<string> scopes)
    {
        ArgumentNullException.ThrowIfNull(scopes);
        Scopes = [.. scopes];
        if (Scopes.Count == 0 || Scopes.Any(s => string.IsNullOrWhiteSpace(s) || s.Contains(' ', StringComparison.Ordinal) || s.Contains('"', StringComparison.Ordinal)))
        {
            throw new ArgumentException("Name at least one scope; scopes cannot be empty or hold spaces or quotes.", nameof(scopes));
        }
    }

    /// <summary>The scopes, any one of which satisfies the requirement.</summary>
    public IReadOnlyList<string> Scopes { get; }

    /// <inheritdoc />
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, CognitoScopeRequirement requirement)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(requirement);
        CognitoClaimSources? sources = CognitoClaimSources.For(context.Resource);
        if (sources is not null && context.User.Claims.Any(claim => claim.Type == ScopeClaimType
                && claim.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(s => requirement.Scopes.Contains(s, StringComparer.Ordinal))
                && sources.Issued(claim)))
        {
            context.Succeed(requirement);
            return Task.CompletedTask;
        }

        if (context.User.Identity?.IsAuthenticated == true)
        {
            InsufficientPrivilege.Record(context.Resource, "The token lacks a required scope", string.Join(' ', requirement.Scopes));
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public override string ToString() => $"CognitoScopeRequirement: one of {string.Join(", ", Scopes)}";
}
