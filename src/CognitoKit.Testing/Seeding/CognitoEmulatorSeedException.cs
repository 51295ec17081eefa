namespace CognitoKit.Testing;

/// <summary>
/// A seed (see <see cref="CognitoEmulatorSeed"/>) that cannot be loaded or applied: not JSON, a member unknown, of the
/// wrong type or missing, an id that is malformed or taken twice, a reference to something the seed does not declare, or
/// a value the emulator refuses (such as a password the pool's policy rejects). The emulator does not start.
/// </summary>
/// <remarks>The message names the member and what was wrong with it; it never repeats a value, since seeds hold passwords and secrets.</remarks>
public sealed class CognitoEmulatorSeedException : Exception
{
    internal CognitoEmulatorSeedException(string path, string problem, string? seedFile = null, Exception? innerException = null)
        : base((seedFile is null ? "Invalid seed" : "Invalid seed file '" + seedFile + "'") + " at " + path + ": " + problem, innerException)
    {
        Path = path;
        Problem = problem;
        SeedFile = seedFile;
    }

    /// <summary>The JSON path of the member at fault, such as <c>$.userPools[0].users[2].password</c>; <c>$</c> for the whole document.</summary>
    public string Path { get; }

    /// <summary>What was wrong with it, without its value.</summary>
    public string Problem { get; }

    /// <summary>The file the seed came from, or null for a seed parsed from a string.</summary>
    public string? SeedFile { get; }

    internal CognitoEmulatorSeedException InFile(string? seedFile) =>
        seedFile is null || SeedFile is not null ? this : new CognitoEmulatorSeedException(Path, Problem, seedFile, InnerException);
}
