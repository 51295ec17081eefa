using System.Text.RegularExpressions;
using CognitoKit.Tests.Tokens;

namespace CognitoKit.Tests.Docs;

/// <summary>
/// Every environment variable the README and docs/ tell a reader to set is one the code reads: a misspelt name in a
/// guide would be set by the reader and silently ignored. (Configuration keys such as <c>COGNITOKIT__REGION</c>, bound
/// through the configuration system by their double underscore, are not named in code and are left out.)
/// </summary>
public sealed partial class DocEnvironmentVariableTests
{
    [Fact]
    public void EveryEnvironmentVariableNamedInTheDocs_IsReadBySourceCode()
    {
        var root = Path.GetDirectoryName(RepoFiles.Find("README.md"))!;
        var documents = Directory.GetFiles(Path.Combine(root, "docs"), "*.md").Append(Path.Combine(root, "README.md")).ToList();
        var named = documents
            .SelectMany(d => EnvironmentVariable().Matches(File.ReadAllText(d)).Select(m => (Document: Path.GetFileName(d), Name: m.Value)))
            .ToList();
        var source = string.Join(
            "\n",
            Directory.GetFiles(Path.Combine(root, "src"), "*.cs", SearchOption.AllDirectories)
                .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
                .Select(File.ReadAllText));

        var unknown = named.Where(n => !source.Contains($"\"{n.Name}\"", StringComparison.Ordinal)).Distinct().ToList();

        Assert.NotEmpty(named);
        Assert.True(unknown.Count == 0, "Named in the docs but read by no code: " + string.Join(", ", unknown.Select(u => $"{u.Name} ({u.Document})")));
    }

    // COGNITOKIT_ followed by a letter: a single underscore, so configuration keys (COGNITOKIT__...) do not match.
    [GeneratedRegex(@"\bCOGNITOKIT_[A-Z](?:[A-Za-z0-9_.]*[A-Za-z0-9_])?")]
    private static partial Regex EnvironmentVariable();
}
