using CognitoKit.AspNetCore;

namespace Microsoft.AspNetCore.Authorization;

/// <summary>Cognito group and scope requirements for authorization policies.</summary>
public static class CognitoAuthorizationPolicyBuilderExtensions
{
    /// <summary>Requires the user to be in at least one of <paramref name="groups"/> (<c>cognito:groups</c>).</summary>
    /// <param name="builder">The policy builder.</param>
    /// <param name="groups">The groups, any one of which is enough; call again to require another as well.</param>
    /// <returns>The same builder.</returns>
    /// <exception cref="ArgumentException">No group, or an empty name, is given.</exception>
    public static AuthorizationPolicyBuilder RequireCognitoGroup(this AuthorizationPolicyBuilder builder, params string[] groups)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.RequireAuthenticatedUser().AddRequirements(new CognitoGroupRequirement(groups));
    }

    /// <summary>Requires the token to carry at least one of <paramref name="scopes"/> (<c>scope</c>).</summary>
    /// <param name="builder">The policy builder.</param>
    /// <param name="scopes">The scopes, such as <c>orders/read</c>, any one of which is enough; call again to require another as well.</param>
    /// <returns>The same builder.</returns>
    /// <exception cref="ArgumentException">No scope, or an empty one, is given.</exception>
    public static AuthorizationPolicyBuilder RequireScope(this AuthorizationPolicyBuilder builder, params string[] scopes)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.RequireAuthenticatedUser().AddRequirements(new CognitoScopeRequirement(scopes));
    }
}
