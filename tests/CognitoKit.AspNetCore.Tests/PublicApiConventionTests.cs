using System.Reflection;
using CognitoKit.AspNetCore;

namespace CognitoKit.AspNetCore.Tests;

/// <summary>
/// One rule across the three shipped packages: every public (or protected) async method takes
/// <c>CancellationToken cancellationToken = default</c> as its last parameter. This project references all three
/// assemblies, which is why the check lives here.
/// </summary>
public sealed class PublicApiConventionTests
{
    // Parameterless async methods allowed without a token, and why:
    // DisposeAsync is IAsyncDisposable's shape (the language calls it from `await using`, with no arguments).
    private static readonly HashSet<string> ParameterlessAllowList = new(StringComparer.Ordinal)
    {
        "DisposeAsync",
    };

    // Types exempt as a whole, and why:
    // CognitoAuthenticationEvents follows ASP.NET Core's authentication-events shape (one context argument, as in
    // JwtBearerEvents); the context carries the request, and HttpContext.RequestAborted is the token to observe.
    private static readonly HashSet<Type> ExemptTypes =
    [
        typeof(CognitoAuthenticationEvents),
    ];

    private static readonly Assembly[] ShippedAssemblies = Infrastructure.ShippedAssemblies.All;

    [Fact]
    public void Every_public_async_method_ends_with_an_optional_cancellationToken()
    {
        var offenders = new List<string>();
        foreach (var assembly in ShippedAssemblies)
        {
            foreach (var type in assembly.GetExportedTypes().Where(t => !ExemptTypes.Contains(t)))
            {
                foreach (var method in ConventionMethods(type))
                {
                    if (Violation(method) is { } why)
                    {
                        offenders.Add($"{type.FullName}.{method.Name}({string.Join(", ", method.GetParameters().Select(p => $"{p.ParameterType.Name} {p.Name}"))}): {why}");
                    }
                }
            }
        }

        offenders.Sort(StringComparer.Ordinal);
        Assert.True(offenders.Count == 0, $"{offenders.Count} public async method(s) break the CancellationToken convention:\n" + string.Join("\n", offenders));
    }

    private static IEnumerable<MethodInfo> ConventionMethods(Type type)
    {
        const BindingFlags flags = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        var foreignInterfaceMethods = new HashSet<MethodInfo>();
        if (!type.IsInterface)
        {
            foreach (var contract in type.GetInterfaces().Where(i => !ShippedAssemblies.Contains(i.Assembly)))
            {
                foreach (var target in type.GetInterfaceMap(contract).TargetMethods)
                {
                    foreignInterfaceMethods.Add(target);
                }
            }
        }

        foreach (var method in type.GetMethods(flags))
        {
            var visible = method.IsPublic || method.IsFamily || method.IsFamilyOrAssembly;
            if (!visible || method.IsSpecialName || !IsAsync(method.ReturnType))
            {
                continue;
            }

            // Shapes fixed by someone else: overrides of framework methods and implementations of framework interfaces.
            var baseDefinition = method.GetBaseDefinition();
            if (baseDefinition != method && !ShippedAssemblies.Contains(baseDefinition.DeclaringType!.Assembly))
            {
                continue;
            }

            if (foreignInterfaceMethods.Contains(method))
            {
                continue;
            }

            // A delegate's EndInvoke is made by the runtime (and unsupported on .NET); its Invoke is checked.
            if (typeof(Delegate).IsAssignableFrom(type) && method.Name is "EndInvoke" or "BeginInvoke")
            {
                continue;
            }

            yield return method;
        }
    }

    private static bool IsAsync(Type returnType)
    {
        if (returnType == typeof(Task) || returnType == typeof(ValueTask))
        {
            return true;
        }

        if (!returnType.IsGenericType)
        {
            return false;
        }

        var definition = returnType.GetGenericTypeDefinition();
        return definition == typeof(Task<>) || definition == typeof(ValueTask<>);
    }

    private static string? Violation(MethodInfo method)
    {
        var parameters = method.GetParameters();
        if (parameters.Length == 0)
        {
            return ParameterlessAllowList.Contains(method.Name) ? null : "takes no CancellationToken";
        }

        var last = parameters[^1];
        if (last.ParameterType != typeof(CancellationToken))
        {
            return parameters.Any(p => p.ParameterType == typeof(CancellationToken))
                ? "the CancellationToken is not the last parameter"
                : "takes no CancellationToken";
        }

        if (last.Name != "cancellationToken")
        {
            return $"the token is named '{last.Name}', not 'cancellationToken'";
        }

        return last.HasDefaultValue ? null : "the token has no default value";
    }
}
