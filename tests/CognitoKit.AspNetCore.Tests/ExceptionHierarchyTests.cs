using System.Reflection;
using CognitoKit.AspNetCore;
using Microsoft.IdentityModel.Tokens;

namespace CognitoKit.AspNetCore.Tests;

/// <summary>
/// One root a user can catch for anything CognitoKit refused: every public exception of the CognitoKit and
/// CognitoKit.AspNetCore packages derives from <see cref="CognitoKitException"/>, except the one JwtBearer needs to
/// be its own type (docs/errors.md says why).
/// </summary>
public sealed class ExceptionHierarchyTests
{
    private static readonly Assembly[] Packages = Infrastructure.ShippedAssemblies.Packages;

    // Exceptions outside the root, and why:
    // CognitoSecurityTokenRejectedException is thrown inside Microsoft.IdentityModel's validation for JwtBearer, which
    // turns only a SecurityTokenValidationException into a failed authentication; .NET has one base class per type.
    private static readonly HashSet<Type> OutsideTheRoot =
    [
        typeof(CognitoSecurityTokenRejectedException),
    ];

    [Fact]
    public void Every_public_exception_derives_from_CognitoKitException()
    {
        List<Type> exceptions = [.. Packages
            .SelectMany(a => a.GetExportedTypes())
            .Where(t => typeof(Exception).IsAssignableFrom(t))];
        List<string> offenders = [.. exceptions
            .Where(t => !OutsideTheRoot.Contains(t) && !typeof(CognitoKitException).IsAssignableFrom(t))
            .Select(t => $"{t.FullName} : {t.BaseType?.FullName}")
            .Order(StringComparer.Ordinal)];

        Assert.True(exceptions.Count > 50, $"only {exceptions.Count} public exception types found");
        Assert.True(offenders.Count == 0, "Public exceptions outside CognitoKitException:\n" + string.Join("\n", offenders));
    }

    [Fact]
    public void The_JwtBearer_exception_outside_the_root_is_a_SecurityTokenValidationException()
    {
        Assert.All(OutsideTheRoot, t => Assert.True(typeof(SecurityTokenValidationException).IsAssignableFrom(t), $"{t.Name} is allow-listed for JwtBearer but is not a SecurityTokenValidationException"));
    }

    [Fact]
    public void The_root_is_abstract_in_namespace_CognitoKit()
    {
        Assert.True(typeof(CognitoKitException).IsAbstract);
        Assert.Equal("CognitoKit", typeof(CognitoKitException).Namespace);
    }
}
