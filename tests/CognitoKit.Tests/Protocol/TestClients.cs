using Amazon.Runtime;
using CognitoKit.Protocol;
using CognitoKit.Protocol.Identity;
using CognitoKit.Protocol.UserPools;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CognitoKit.Tests.Protocol;

/// <summary>Builds wire clients over a fake handler, the way <c>CognitoClients</c> does.</summary>
internal static class TestClients
{
    public const string Region = "eu-west-1";

    public static readonly Uri Endpoint = new("https://cognito.test.invalid/");

    public static CognitoRetryPolicy Retry(int maxAttempts = 3) =>
        new(maxAttempts, baseDelay: TimeSpan.Zero, attemptTimeout: TimeSpan.FromSeconds(30), overallTimeout: TimeSpan.FromMinutes(2));

    public static AWSCredentials AdminCredentials => new BasicAWSCredentials("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");

    public static UserPoolsClient UserPools(HttpMessageHandler handler, int maxAttempts = 3, AWSCredentials? credentials = null, ILogger? logger = null) =>
        new(Json(handler, CognitoServiceEndpoint.UserPools(Region, Endpoint), maxAttempts, credentials ?? AdminCredentials, logger));

    public static IdentityPoolsClient Identity(HttpMessageHandler handler, int maxAttempts = 3, ILogger? logger = null) =>
        new(Json(handler, CognitoServiceEndpoint.IdentityPools(Region, Endpoint), maxAttempts, credentials: null, logger));

    public static AwsJsonClient Json(HttpMessageHandler handler, CognitoServiceEndpoint service, int maxAttempts, AWSCredentials? credentials, ILogger? logger)
    {
        var http = new HttpClient(handler, disposeHandler: false);
        IRequestSigner? signer = credentials is null ? null : new SigV4RequestSigner(new AwsCredentialsSource(credentials));
        return new AwsJsonClient(() => http, service, Retry(maxAttempts), signer, logger ?? NullLogger.Instance);
    }

    /// <summary>Calls <paramref name="operation"/> on a client with an empty request (the fake endpoint does not care).</summary>
    public static async Task<object> InvokeAsync(object client, string operation, CancellationToken cancellationToken = default)
    {
        Type clientInterface = client is IUserPoolsClient ? typeof(IUserPoolsClient) : typeof(IIdentityPoolsClient);
        var method = clientInterface.GetMethod(operation + "Async") ?? throw new InvalidOperationException("No method for " + operation);
        object request = Activator.CreateInstance(method.GetParameters()[0].ParameterType)!;
        foreach (var document in request.GetType().GetProperties().Where(p => p.PropertyType == typeof(System.Text.Json.JsonElement)))
        {
            // A document member (WebAuthn) has no empty default that serializes: send an empty object.
            document.SetValue(request, System.Text.Json.JsonDocument.Parse("{}").RootElement.Clone());
        }

        var task = (Task)method.Invoke(client, [request, cancellationToken])!;
        await task;
        return task.GetType().GetProperty("Result")!.GetValue(task)!;
    }

    public static TheoryData<string, string> AllOperations()
    {
        var data = new TheoryData<string, string>();
        foreach (CognitoOperation op in UserPoolsOperations.All) { data.Add("UserPools", op.Name); }
        foreach (CognitoOperation op in IdentityPoolsOperations.All) { data.Add("Identity", op.Name); }
        return data;
    }

    public static CognitoOperation Find(string service, string operation) =>
        (service == "UserPools" ? UserPoolsOperations.All : IdentityPoolsOperations.All).Single(o => o.Name == operation);

    public static object Client(string service, HttpMessageHandler handler, int maxAttempts = 3, ILogger? logger = null) =>
        service == "UserPools" ? UserPools(handler, maxAttempts, logger: logger) : Identity(handler, maxAttempts, logger);
}
