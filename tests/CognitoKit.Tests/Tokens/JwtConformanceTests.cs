using System.Text.Json;
using CognitoKit.Conformance;
using CognitoKit.Tokens;

namespace CognitoKit.Tests.Tokens;

public sealed class JwtConformanceTests
{
    [Fact]
    public async Task CommittedCaseFile_PassesEveryCase()
    {
        var path = RepoFiles.Find(JwtCaseFileGenerator.RelativePath);
        var output = new StringWriter();

        var exitCode = await JwtCommand.RunAsync(path, output);

        var cases = JsonDocument.Parse(File.ReadAllText(path)).RootElement.GetProperty("cases").GetArrayLength();
        Assert.True(exitCode == 0, output.ToString());
        Assert.True(cases >= 40);
        Assert.EndsWith($"{cases} passed, 0 failed", output.ToString().TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public void CommittedCaseFile_CoversEveryReasonAConformanceFileCanExpress()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(RepoFiles.Find(JwtCaseFileGenerator.RelativePath)));
        var expectations = document.RootElement.GetProperty("cases").EnumerateArray().Select(c => c.GetProperty("expect").GetString()).ToHashSet();

        // Groups, scopes, the custom hook and a revocation list are not part of the file format; keys are always preloaded.
        var expressible = Enum.GetNames<TokenRejectionReason>()
            .Except([
                nameof(TokenRejectionReason.MissingGroup), nameof(TokenRejectionReason.MissingScope), nameof(TokenRejectionReason.CustomCheckFailed),
                nameof(TokenRejectionReason.JwksUnavailable), nameof(TokenRejectionReason.Revoked),
            ])
            .Select(n => char.ToLowerInvariant(n[0]) + n[1..]);
        Assert.All(expressible, reason => Assert.Contains(reason, expectations));
        Assert.Contains("valid", expectations);
    }

    [Fact]
    public async Task FreshlyGeneratedCases_PassEveryCase()
    {
        var json = JwtCaseFileGenerator.Generate();
        var path = Path.Combine(Path.GetTempPath(), $"jwt-cases-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(path, json);
        try
        {
            var output = new StringWriter();
            var exitCode = await JwtCommand.RunAsync(path, output);
            Assert.True(exitCode == 0, output.ToString());
        }
        finally
        {
            File.Delete(path);
        }

        if (Environment.GetEnvironmentVariable("COGNITOKIT_WRITE_JWT_CASES") == "1")
        {
            await File.WriteAllTextAsync(Path.Combine(RepoRoot(), JwtCaseFileGenerator.RelativePath), json);
        }
    }

    [Fact]
    public async Task JwtCommand_WithAWrongExpectation_NamesTheFailingCase_AndReturnsNonZero()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(RepoFiles.Find(JwtCaseFileGenerator.RelativePath)));
        var root = System.Text.Json.Nodes.JsonNode.Parse(document.RootElement.GetRawText())!;
        var first = root["cases"]![0]!;
        first["expect"] = "expired";
        var path = Path.Combine(Path.GetTempPath(), $"jwt-cases-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(path, root.ToJsonString());
        try
        {
            var output = new StringWriter();
            var exitCode = await JwtCommand.RunAsync(path, output);

            Assert.Equal(1, exitCode);
            Assert.Contains($"FAIL {first["name"]}", output.ToString(), StringComparison.Ordinal);
            Assert.EndsWith("1 failed", output.ToString().TrimEnd(), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static string RepoRoot()
    {
        var marker = RepoFiles.Find("CognitoKit.sln");
        return Path.GetDirectoryName(marker)!;
    }
}
