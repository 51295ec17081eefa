using System.Reflection;
using System.Runtime.CompilerServices;
using System.Xml.Linq;

namespace CognitoKit.AspNetCore.Tests;

/// <summary>
/// The shipped packages meet only through each other's public API: no package grants another its internals
/// (<see cref="InternalsVisibleToAttribute"/>), so what one needs from another is a public, documented, listed member and
/// a package can be updated alone. Test projects may still see internals; they are not shipped. This project references
/// every shipped assembly, which is why the check lives here.
/// </summary>
public sealed class PackageBoundaryTests
{
    private static readonly Assembly[] ShippedAssemblies = Infrastructure.ShippedAssemblies.All;

    [Fact]
    public void No_shipped_assembly_grants_its_internals_to_another_shipped_assembly()
    {
        var shipped = ShippedAssemblies.Select(a => a.GetName().Name!).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var grants = ShippedAssemblies
            .SelectMany(a => a.GetCustomAttributes<InternalsVisibleToAttribute>()
                .Select(ivt => (From: a.GetName().Name!, To: ivt.AssemblyName.Split(',')[0].Trim())))
            .Where(g => shipped.Contains(g.To))
            .Select(g => $"{g.From} -> {g.To}")
            .ToList();

        Assert.True(grants.Count == 0, "Shipped assemblies grant their internals to other shipped assemblies: " + string.Join(", ", grants));
    }

    [Fact]
    public void The_checked_assemblies_are_the_packable_projects_and_each_lists_its_public_API()
    {
        string root = RepositoryRoot();
        // A .NET tool (PackAsTool: the cognito-emulator command) is an executable over the packages' public API, not an
        // assembly anyone references; it has no public API of its own.
        var packable = Directory.GetFiles(Path.Combine(root, "src"), "*.csproj", SearchOption.AllDirectories)
            .Where(p => IsPackable(p) && !HasTrue(p, "PackAsTool"))
            .ToList();

        Assert.Equal(
            ShippedAssemblies.Select(a => a.GetName().Name!).Order(StringComparer.Ordinal),
            packable.Select(p => Path.GetFileNameWithoutExtension(p)).Order(StringComparer.Ordinal));
        foreach (string project in packable)
        {
            string dir = Path.GetDirectoryName(project)!;
            Assert.True(File.Exists(Path.Combine(dir, "PublicAPI.Shipped.txt")), $"{Path.GetFileName(project)} has no PublicAPI.Shipped.txt");
            Assert.True(File.Exists(Path.Combine(dir, "PublicAPI.Unshipped.txt")), $"{Path.GetFileName(project)} has no PublicAPI.Unshipped.txt");
        }
    }

    private static bool IsPackable(string project) => HasTrue(project, "IsPackable");

    private static bool HasTrue(string project, string property) =>
        XDocument.Load(project).Descendants(property).Any(e => string.Equals(e.Value.Trim(), "true", StringComparison.OrdinalIgnoreCase));

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CognitoKit.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (CognitoKit.sln) was not found above " + AppContext.BaseDirectory);
    }
}
