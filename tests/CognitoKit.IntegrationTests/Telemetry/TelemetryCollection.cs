using CognitoKit.IntegrationTests.Infrastructure;

namespace CognitoKit.IntegrationTests.Telemetry;

/// <summary>
/// The telemetry tests: they listen to CognitoKit's process-wide <c>ActivitySource</c> and meter name, so they run on
/// their own (after every other collection, never beside one) with an emulator of their own.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TelemetryCollection : ICollectionFixture<EmulatorFixture>
{
    /// <summary>The collection name.</summary>
    public const string Name = "Telemetry";
}
