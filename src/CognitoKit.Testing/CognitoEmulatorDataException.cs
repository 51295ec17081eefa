namespace CognitoKit.Testing;

/// <summary>
/// The emulator's data directory (<see cref="CognitoEmulatorOptions.DataDirectory"/>) cannot be used: it is locked by
/// another emulator, was written in an incompatible format, or a file in it is damaged. Thrown by
/// <see cref="CognitoEmulator.StartAsync"/>; the emulator never starts empty in its place.
/// </summary>
public sealed class CognitoEmulatorDataException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="problem">What is wrong.</param>
    /// <param name="path">The file or directory at fault.</param>
    /// <param name="message">What is wrong, naming the file.</param>
    /// <param name="innerException">The underlying error, if any.</param>
    public CognitoEmulatorDataException(EmulatorDataProblem problem, string path, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Problem = problem;
        FilePath = path;
    }

    /// <summary>What is wrong with the data directory.</summary>
    public EmulatorDataProblem Problem { get; }

    /// <summary>The file (or, for a lock held elsewhere, the lock file) at fault.</summary>
    public string FilePath { get; }
}
