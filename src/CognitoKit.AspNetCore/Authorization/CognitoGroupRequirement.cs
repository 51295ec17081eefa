using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;

namespace CognitoKit.AspNetCore;

/// <summary>Requires the user to be in at least one of <see cref="Groups"/>, as listed in the token's <c>cognito:groups</c> claim.</summary>
/// <remarks>
/// <para>It is its own handler, so no registration is needed. Chain several to require every group.</para>
/// <para>Only groups the configured Cognito pool issued count: claims of an identity made by a Cognito scheme, or whose
/// issuer is the pool's (a Cognito principal kept in a cookie). A <c>cognito:groups</c> claim from another scheme is ignored.
/// The requirement needs the request as the authorization resource (minimal APIs, MVC, Razor Pages); with any other
/// resource it is not met.</para>
/// </remarks>
public sealed class CognitoGroupRequirement : AuthorizationHandler<CognitoGroupRequirement>, IAuthorizationRequirement
{
    /// <summary>The name of the claim holding the user's Cognito groups, one claim per group.</summary>
    public const string GroupsClaimType = "cognito:groups";

    /// <summary>Creates the requirement.</summary>
    /// <param name="groups">The groups, any one of which is enough.</param>
    /// <exception cref="ArgumentException">No group, or an empty name, is given.</exception>
    public CognitoGroupRequirement(IEnumerable<string> groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        Groups = [.. groups];
        if (Groups.Count == 0 || Groups.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("Name at least one Cognito group, with no empty names.", nameof(groups));
        }
    }

    /// <summary>The groups, any one of which satisfies the requirement.</summary>
    public IReadOnlyList<string> Groups { get; }

    /// <inheritdoc />
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, CognitoGroupRequirement requirement)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(requirement);
        CognitoClaimSources? sources = CognitoClaimSources.For(context.Resource);
        if (sources is not null
            && context.User.Claims.Any(c => c.Type == GroupsClaimType && requirement.Groups.Contains(c.Value, StringComparer.Ordinal) && sources.Issued(c)))
        {
            context.Succeed(requirement);
        }
        else if (context.User.Identity?.IsAuthenticated == true)
        {
            InsufficientPrivilege.Record(context.Resource, "The user is not in a required group", scopes: null);
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public override string ToString() => $"CognitoGroupRequirement: in one of {string.Join(", ", Groups)}";
}
