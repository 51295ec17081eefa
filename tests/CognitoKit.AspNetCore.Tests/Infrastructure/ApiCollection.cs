namespace CognitoKit.AspNetCore.Tests.Infrastructure;

/// <summary>Every test class that talks to the API server shares one <see cref="ApiServerFixture"/> and runs one at a time,
/// because they move one shared clock.</summary>
[CollectionDefinition(Name)]
public sealed class ApiCollection : ICollectionFixture<ApiServerFixture>
{
    public const string Name = "Api";
}
