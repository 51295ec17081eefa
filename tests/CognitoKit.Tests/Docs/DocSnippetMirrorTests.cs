using System.Text.RegularExpressions;
using CognitoKit.Tests.Tokens;

namespace CognitoKit.Tests.Docs;

/// <summary>
/// The README's snippets and the sign-in and several-pools guides' examples must compile: the C# blocks of the
/// README and of those guides are compiled and run as mirror files in the integration tests. This keeps the mirror
/// honest: every line of every C# block in the document must be a line of its mirror, so an edited snippet that the
/// mirror did not follow fails here.
/// </summary>
public sealed partial class DocSnippetMirrorTests
{
    public static TheoryData<string, string[]> Documents => new()
    {
        { "README.md", ["tests/CognitoKit.IntegrationTests/Demo/ReadmeSnippets.cs", "tests/CognitoKit.IntegrationTests/Demo/ReadmeSignInTests.cs"] },
        { "docs/sign-up-and-sign-in.md", ["tests/CognitoKit.IntegrationTests/SignIn/DocsSignInExample.cs", "tests/CognitoKit.IntegrationTests/Demo/GuideSnippets.cs"] },
        { "docs/several-pools.md", ["tests/CognitoKit.AspNetCore.Tests/MultiplePools/SeveralPoolsSnippets.cs"] },
        { "docs/web-sign-in.md", ["tests/CognitoKit.AspNetCore.Tests/WebSignIn/WebSignInDocSnippets.cs"] },
        { "docs/observability.md", ["tests/CognitoKit.IntegrationTests/Demo/ObservabilitySnippets.cs"] },
        { "docs/operations.md", ["tests/CognitoKit.IntegrationTests/Demo/OperationsSnippets.cs"] },
        { "docs/passkeys.md", ["tests/CognitoKit.AspNetCore.Tests/Passkeys/PasskeyDocSnippets.cs"] },
        { "docs/emulator.md", ["tests/CognitoKit.Testing.Tests/Seeding/EmulatorDocSnippets.cs"] },
        { "docs/admin.md", ["tests/CognitoKit.IntegrationTests/Demo/AdminSnippets.cs"] },
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public void EveryLineOfEveryCSharpBlock_IsALineOfItsCompiledMirror(string document, string[] mirrors)
    {
        string markdown = File.ReadAllText(RepoFiles.Find(document));
        HashSet<string> mirrored = mirrors
            .SelectMany(m => File.ReadAllLines(RepoFiles.Find(m)))
            .Select(Normalize)
            .ToHashSet(StringComparer.Ordinal);

        List<string> blocks = [.. CSharpBlock().Matches(markdown).Select(m => m.Groups[1].Value)];
        List<string> missing = [.. blocks
            .SelectMany(b => b.Split('\n'))
            .Select(Normalize)
            .Where(line => line.Length > 0 && !IsDeclarationOnly(line) && !mirrored.Contains(line))];

        Assert.NotEmpty(blocks);
        Assert.True(missing.Count == 0, $"{document} has C# lines its mirror does not compile:\n" + string.Join("\n", missing));
    }

    // A mirror may carry its own usings and class name ("class name aside", as the README says).
    private static bool IsDeclarationOnly(string line) =>
        line.StartsWith("using ", StringComparison.Ordinal) || ClassDeclaration().IsMatch(line);

    // Whitespace differs between markdown and a method body; code does not.
    private static string Normalize(string line) => WhiteSpace().Replace(line.Trim(), " ");

    [GeneratedRegex("```csharp\\r?\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex CSharpBlock();

    [GeneratedRegex("^(public |internal )?(sealed |static )*(partial )?class \\w+")]
    private static partial Regex ClassDeclaration();

    [GeneratedRegex("\\s+")]
    private static partial Regex WhiteSpace();
}
