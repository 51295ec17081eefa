using System.Text.Json.Nodes;

namespace CognitoKit.Testing.Host;

/// <summary>
/// A service spoken in AWS JSON 1.1 and chosen by the prefix of <c>X-Amz-Target</c>
/// (<c>AWSCognitoIdentityProviderService.</c>, <c>AWSCognitoIdentityService.</c>).
/// </summary>
internal interface IAwsJsonService
{
    /// <summary>The target prefix including its trailing dot.</summary>
    string TargetPrefix { get; }

    /// <summary>Finds the handler of one operation; false makes the host answer UnknownOperationException.</summary>
    bool TryGetOperation(string operation, out AwsJsonOperation handler);

    /// <summary>Top-level members the model marks required for <paramref name="operation"/>; checked before the handler runs.</summary>
    IReadOnlyList<string> RequiredMembers(string operation);

    /// <summary>Refuses a call over HTTP that lacks the authentication the operation needs (in-process calls skip this).</summary>
    void Authenticate(string operation, HttpRequest request);
}

/// <summary>One operation: the parsed body in, the response body out (null means <c>{}</c>).</summary>
internal delegate ValueTask<JsonObject?> AwsJsonOperation(AwsJsonRequest request);
