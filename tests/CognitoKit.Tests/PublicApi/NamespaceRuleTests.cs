using System.Text.RegularExpressions;
using CognitoKit.Tests.Tokens;

namespace CognitoKit.Tests.PublicApi;

/// <summary>
/// The folder and namespace rule of docs/architecture.md, checked on every source file of the CognitoKit package:
/// internal types live in the namespace of their folder; public types live in the few namespaces a user imports.
/// </summary>
public sealed partial class NamespaceRuleTests
{
    // The namespaces a user imports, and the folder a public type in each must sit in ("" = any folder).
    private static readonly Dictionary<string, string> PublicNamespaces = new(StringComparer.Ordinal)
    {
        ["CognitoKit"] = "",
        ["CognitoKit.Errors"] = "Errors",
        ["CognitoKit.Hosted"] = "Hosted",
        ["CognitoKit.Tokens"] = "Tokens",
        ["Microsoft.Extensions.DependencyInjection"] = "DependencyInjection",
    };

    [Fact]
    public void Every_source_file_is_in_the_namespace_the_rule_gives_its_folder()
    {
        string root = Path.GetDirectoryName(RepoFiles.Find("src/CognitoKit/CognitoKit.csproj"))!;
        var offenders = new List<string>();
        int checkedFiles = 0;
        foreach (string file in SourceFiles(root))
        {
            string text = File.ReadAllText(file);
            string relative = Path.GetRelativePath(root, file).Replace('\\', '/');
            string folder = Path.GetDirectoryName(relative)!.Replace('\\', '/');
            Match ns = FileScopedNamespace().Match(text);
            if (!ns.Success)
            {
                if (TypeDeclaration().IsMatch(text))
                {
                    offenders.Add($"{relative}: declares a type outside a file-scoped namespace");
                }

                continue;
            }

            checkedFiles++;
            string actual = ns.Groups[1].Value;
            if (PublicTypeDeclaration().IsMatch(text))
            {
                if (!PublicNamespaces.TryGetValue(actual, out string? room))
                {
                    offenders.Add($"{relative}: public type in {actual}, not one of {string.Join(", ", PublicNamespaces.Keys)}");
                }
                else if (room.Length > 0 && folder != room && !folder.StartsWith(room + "/", StringComparison.Ordinal))
                {
                    offenders.Add($"{relative}: public type in {actual} belongs under {room}/");
                }
            }
            else
            {
                string expected = folder.Length == 0 ? "CognitoKit" : "CognitoKit." + folder.Replace('/', '.');
                if (actual != expected)
                {
                    offenders.Add($"{relative}: internal types are in {actual}, the folder's namespace is {expected}");
                }
            }
        }

        Assert.True(checkedFiles > 100, $"only {checkedFiles} source files found under {root}");
        Assert.True(offenders.Count == 0, "Files break the namespace rule of docs/architecture.md:\n" + string.Join("\n", offenders));
    }

    private static IEnumerable<string> SourceFiles(string root) =>
        Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Where(f =>
            {
                string relative = Path.GetRelativePath(root, f).Replace('\\', '/');
                return !relative.StartsWith("obj/", StringComparison.Ordinal) && !relative.StartsWith("bin/", StringComparison.Ordinal);
            })
            .Order(StringComparer.Ordinal);

    [GeneratedRegex(@"^namespace ([\w.]+);", RegexOptions.Multiline)]
    private static partial Regex FileScopedNamespace();

    [GeneratedRegex(@"^public (?:(?:static|sealed|abstract|partial|readonly)\s+)*(?:class|record|interface|struct|enum|delegate)\b", RegexOptions.Multiline)]
    private static partial Regex PublicTypeDeclaration();

    [GeneratedRegex(@"^(?:public |internal )?(?:(?:static|sealed|abstract|partial|readonly|file)\s+)*(?:class|record|interface|struct|enum)\s+\w+", RegexOptions.Multiline)]
    private static partial Regex TypeDeclaration();
}
