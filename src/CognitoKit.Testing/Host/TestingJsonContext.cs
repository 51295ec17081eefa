using System.Text.Json.Serialization;

namespace CognitoKit.Testing.Host;

/// <summary>Source-generated JSON for the few typed values the emulator serializes (JSON-in-a-string challenge parameters).</summary>
[JsonSerializable(typeof(string[]))]
internal sealed partial class TestingJsonContext : JsonSerializerContext;
