namespace CognitoKit.Tests.Tokens;

/// <summary>Finds files checked into the repository from the test's output folder, without copying them there.</summary>
internal static class RepoFiles
{
    public static string Find(string relativePath)
    {
        // Set when the tests run from a build output outside the checkout.
        if (Environment.GetEnvironmentVariable("COGNITOKIT_REPO_ROOT") is { Length: > 0 } root && File.Exists(Path.Combine(root, relativePath)))
        {
            return Path.Combine(root, relativePath);
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relativePath);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"'{relativePath}' was not found above {AppContext.BaseDirectory}.");
    }
}
