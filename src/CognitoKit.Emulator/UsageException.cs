namespace CognitoKit.Emulator;

/// <summary>A command line the emulator cannot run with; the message names the option and says what was expected.</summary>
internal sealed class UsageException(string message) : Exception(message);
