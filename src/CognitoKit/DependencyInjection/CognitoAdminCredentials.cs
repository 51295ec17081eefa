using Amazon.Runtime;

namespace CognitoKit.DependencyInjection;

/// <summary>The credentials given through the builder's <c>AddAdminCredentials</c>; a type of its own so an app's
/// <see cref="AWSCredentials"/> registration for other AWS clients is never replaced.</summary>
/// <param name="Credentials">The credentials that sign the <c>Admin*</c> operations.</param>
internal sealed record CognitoAdminCredentials(AWSCredentials Credentials)
{
    /// <summary>Shows no key.</summary>
    public override string ToString() => "CognitoAdminCredentials { ... }";
}
