namespace CognitoKit.IntegrationTests.Infrastructure;

/// <summary>
/// The xunit collection that shares one <see cref="EmulatorFixture"/>: put <c>[Collection(EmulatorCollection.Name)]</c>
/// on a test class and take <see cref="EmulatorFixture"/> in its constructor.
/// </summary>
[CollectionDefinition(Name)]
public sealed class EmulatorCollection : ICollectionFixture<EmulatorFixture>
{
    /// <summary>The collection name.</summary>
    public const string Name = "Emulator";
}
