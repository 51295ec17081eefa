namespace CognitoKit.Testing.Host;

/// <summary>Everything the router can hand a request to.</summary>
internal sealed class EmulatorServices
{
    public List<IAwsJsonService> JsonServices { get; } = [];

    public List<IAwsFormService> FormServices { get; } = [];

    public List<IHttpGetHandler> GetHandlers { get; } = [];
}
