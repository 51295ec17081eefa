namespace CognitoKit.Testing;

/// <summary>Why an emulator data directory could not be opened (<see cref="CognitoEmulatorDataException.Problem"/>).</summary>
public enum EmulatorDataProblem
{
    /// <summary>Another emulator (in this or another process) has the directory open.</summary>
    Locked,

    /// <summary>A file was written in a format this version of the emulator does not read (or is not an emulator data file).</summary>
    UnsupportedFormat,

    /// <summary>A file is damaged: a checksum does not match, or records are missing or malformed.</summary>
    Corrupt,
}
