using CognitoKit.Testing.Seeding;

namespace CognitoKit.Testing;

/// <summary>
/// What an emulator holds when it starts, declared in JSON: user pools with fixed ids and their settings, app clients
/// with fixed ids and secrets, users with passwords, attributes, groups and MFA, resource servers, and identity pools
/// with their roles. Pass it as <see cref="CognitoEmulatorOptions.Seed"/>; the standalone emulator reads the same
/// format from <c>--seed FILE</c>. The format is described in docs/emulator.md.
/// </summary>
/// <remarks>
/// Loading checks the document's shape (unknown members, types, ids against Cognito's patterns, duplicates, references
/// between its parts); <see cref="CognitoEmulator.StartAsync"/> applies it through the emulator's own operations, so
/// seeded state behaves like state created over the wire, and checks the rest (passwords against the pool's policy,
/// ids of the emulator's region). Either failure is a <see cref="CognitoEmulatorSeedException"/> naming the member.
/// </remarks>
public sealed class CognitoEmulatorSeed
{
    private CognitoEmulatorSeed(SeedDocument document, string? seedFile)
    {
        Document = document;
        SeedFile = seedFile;
    }

    /// <summary>The file the seed was loaded from, or null when it was parsed from a string.</summary>
    public string? SeedFile { get; }

    /// <summary>The ids of the user pools the seed declares, in order.</summary>
    public IReadOnlyList<string> UserPoolIds => [.. Document.UserPools.Select(p => p.Id)];

    /// <summary>The ids of the identity pools the seed declares, in order.</summary>
    public IReadOnlyList<string> IdentityPoolIds => [.. Document.IdentityPools.Select(p => p.Id)];

    internal SeedDocument Document { get; }

    /// <summary>Reads a seed from JSON text.</summary>
    /// <param name="json">The seed document.</param>
    /// <returns>The seed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="CognitoEmulatorSeedException">The document is not a valid seed; the exception names the member.</exception>
    public static CognitoEmulatorSeed Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return new CognitoEmulatorSeed(SeedParser.Parse(json), seedFile: null);
    }

    /// <summary>Reads a seed file (UTF-8 JSON).</summary>
    /// <param name="path">The file.</param>
    /// <returns>The seed.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    /// <exception cref="CognitoEmulatorSeedException">The file cannot be read or is not a valid seed; the exception names the file and the member.</exception>
    public static CognitoEmulatorSeed Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        string json;
        try
        {
            json = File.ReadAllText(path);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            throw new CognitoEmulatorSeedException("$", "the file cannot be read (" + error.GetType().Name + ": " + error.Message + ")", path);
        }

        try
        {
            return new CognitoEmulatorSeed(SeedParser.Parse(json), path);
        }
        catch (CognitoEmulatorSeedException error)
        {
            throw error.InFile(path);
        }
    }

    /// <inheritdoc/>
    public override string ToString() =>
        (SeedFile is null ? "Seed" : "Seed " + SeedFile) + ": " + Document.UserPools.Count + " user pool(s), " + Document.IdentityPools.Count + " identity pool(s)";
}
