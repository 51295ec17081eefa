using CognitoKit.AspNetCore;

namespace Microsoft.AspNetCore.Authorization;

/// <summary>Named policies for Cognito groups and scopes, added in one line each to <c>AddAuthorizationBuilder()</c>.</summary>
public static class CognitoAuthorizationBuilderExtensions
{
    /// <summary>Adds a policy named <paramref name="policyName"/> that requires one of <paramref name="groups"/>.</summary>
    /// <param name="builder">The authorization builder.</param>
    /// <param name="policyName">The policy name, used in <c>RequireAuthorization(name)</c> or <c>[Authorize(Policy = name)]</c>.</param>
    /// <param name="groups">The groups, any one of which is enough.</param>
    /// <returns>The same builder.</returns>
    public static AuthorizationBuilder AddCognitoGroupPolicy(this AuthorizationBuilder builder, string policyName, params string[] groups)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrEmpty(policyName);
        return builder.AddPolicy(policyName, policy => policy.RequireCognitoGroup(groups));
    }

    /// <summary>Adds a policy named <paramref name="policyName"/> that requires one of <paramref name="scopes"/>.</summary>
    /// <param name="builder">The authorization builder.</param>
    /// <param name="policyName">The policy name.</param>
    /// <param name="scopes">The scopes, any one of which is enough.</param>
    /// <returns>The same builder.</returns>
    public static AuthorizationBuilder AddCognitoScopePolicy(this AuthorizationBuilder builder, string policyName, params string[] scopes)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrEmpty(policyName);
        return builder.AddPolicy(policyName, policy => policy.RequireScope(scopes));
    }
}
