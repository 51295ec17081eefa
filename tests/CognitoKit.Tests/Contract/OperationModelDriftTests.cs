using System.Diagnostics;

namespace CognitoKit.Tests.Contract;

/// <summary>
/// The emulator's generated table of required members (<c>UserPoolOperationModel.cs</c>) is what its generator makes
/// from the newest Cognito model: the generator runs here, into a temporary file, and the two must be identical. Without
/// the newest model (a clone without shared/reference beside it), every operation of the older aws-sdk model must be in it.
/// </summary>
public sealed class OperationModelDriftTests
{
    private const string Generator = "eng/generate-operation-model.mjs";
    private const string CheckedIn = "src/CognitoKit.Testing/UserPools/UserPoolOperationModel.cs";

    [Fact]
    public async Task UserPoolOperationModel_IsWhatTheGeneratorMakesFromTheModel()
    {
        ModelSources models = ModelSources.Current;
        string root = RepositoryRoot();
        string output = Path.Combine(Path.GetTempPath(), "UserPoolOperationModel-" + Guid.NewGuid().ToString("N") + ".cs");
        try
        {
            (int exitCode, string log) = await RunNodeAsync(root, Path.Combine(root, Generator), models.UserPools.Path, "--out", output);
            Assert.True(exitCode == 0, "node " + Generator + " failed (exit code " + exitCode + "): " + log);

            string[] generated = Lines(await File.ReadAllTextAsync(output));
            string[] checkedIn = Lines(await File.ReadAllTextAsync(Path.Combine(root, CheckedIn)));
            if (!models.Newest)
            {
                // A clone without shared/reference beside it has only the older aws-sdk models: the exact comparison needs
                // the newest one, so check what the older model can prove. Cognito never removes an operation, so every
                // operation the older model knows must still be in the table.
                var tableOperations = checkedIn.Select(OperationOf).OfType<string>().ToHashSet(StringComparer.Ordinal);
                string[] olderOperations = generated.Select(OperationOf).OfType<string>().ToArray();
                Assert.NotEmpty(olderOperations);
                string[] missing = olderOperations.Where(o => !tableOperations.Contains(o)).ToArray();
                Assert.True(
                    missing.Length == 0,
                    CheckedIn + " lacks operations the older model " + Path.GetFileName(models.UserPools.Path) + " has: " + string.Join(", ", missing)
                    + ". Regenerate it with `node " + Generator + " <path to shared/reference/aws-models/cognito-idp-2016-04-18.json>`.");
                return;
            }

            string? difference = FirstDifference(generated, checkedIn);
            Assert.True(
                difference is null,
                CheckedIn + " differs from what " + Generator + " makes from " + Path.GetFileName(models.UserPools.Path) + " (" + difference + "). "
                + "Regenerate it from the repository root with `node " + Generator + " <path to shared/reference/aws-models/cognito-idp-2016-04-18.json>` "
                + "and commit the result; never edit the generated file by hand.");
        }
        finally
        {
            File.Delete(output);
        }
    }

    /// <summary>The operation a line of the table names (<c>["SignUp"] = [...]</c>), or null for any other line.</summary>
    private static string? OperationOf(string line)
    {
        string trimmed = line.Trim();
        int end = trimmed.IndexOf("\"]", StringComparison.Ordinal);
        return trimmed.StartsWith("[\"", StringComparison.Ordinal) && end > 2 ? trimmed[2..end] : null;
    }

    private static string[] Lines(string text) => text.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');

    private static string? FirstDifference(string[] generated, string[] checkedIn)
    {
        for (int i = 0; i < Math.Max(generated.Length, checkedIn.Length); i++)
        {
            string? expected = i < generated.Length ? generated[i] : null;
            string? actual = i < checkedIn.Length ? checkedIn[i] : null;
            if (!string.Equals(expected, actual, StringComparison.Ordinal))
            {
                return $"line {i + 1}: generated {Quote(expected)}, checked in {Quote(actual)}";
            }
        }

        return null;
    }

    private static string Quote(string? line) => line is null ? "nothing" : "'" + line.Trim() + "'";

    private static async Task<(int ExitCode, string Log)> RunNodeAsync(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using Process process = Process.Start(start) ?? throw new InvalidOperationException("node could not be started: Node 20 must be on PATH.");
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, (await stdout) + (await stderr));
    }

    private static string RepositoryRoot()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, Generator)) && File.Exists(Path.Combine(dir.FullName, CheckedIn)))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (with " + Generator + ") was not found above " + AppContext.BaseDirectory + ".");
    }
}
