using System.Diagnostics;
using System.Reflection;
using CognitoKit.Errors;

namespace CognitoKit.Diagnostics;

/// <summary>
/// CognitoKit's one <see cref="ActivitySource"/>, its span names and the attribute names and values shared by spans
/// and metrics. Attribute values are operation names, codes and enum names only, never anything a user typed or was given.
/// </summary>
internal static class Telemetry
{
    /// <summary>The package version (the informational version without its build metadata).</summary>
    public static readonly string Version = ReadVersion();

    public static readonly ActivitySource Source = new(CognitoKitTelemetry.ActivitySourceName, Version);

    // Span names of the flows a user sees; a Cognito call is named {rpc.service}.{rpc.method}.
    public const string SignInSpan = "cognito.sign_in";
    public const string ChallengeSpan = "cognito.sign_in.challenge";
    public const string RefreshSpan = "cognito.session.refresh";
    public const string CredentialsSpan = "cognito.identity.credentials";
    public const string JwksFetchSpan = "cognito.jwks.fetch";
    public const string ValidationSpan = "cognito.token.validate";
    public const string RetryEvent = "retry";

    // Semantic-convention attributes.
    public const string RpcSystem = "rpc.system";
    public const string RpcSystemValue = "aws-api";
    public const string RpcService = "rpc.service";
    public const string RpcMethod = "rpc.method";
    public const string ServerAddress = "server.address";
    public const string ServerPort = "server.port";
    public const string CloudRegion = "cloud.region";
    public const string AwsRequestId = "aws.request_id";
    public const string ErrorType = "error.type";
    public const string HttpStatusCode = "http.response.status_code";

    // CognitoKit's own attributes.
    public const string RetryAttempt = "cognito.retry.attempt";
    public const string RetryDelay = "cognito.retry.delay_ms";
    public const string AuthFlow = "cognito.auth_flow";
    public const string SignInStep = "cognito.sign_in.step";
    public const string SignInOutcome = "cognito.sign_in.outcome";
    public const string Challenge = "cognito.challenge";
    public const string NextChallenge = "cognito.next_challenge";
    public const string Outcome = "cognito.outcome";
    public const string TokenUse = "cognito.token.use";
    public const string ValidationResult = "cognito.token.validation.result";
    public const string RejectionReason = "cognito.token.rejection_reason";
    public const string IdentityKind = "cognito.identity.kind";
    public const string IdentityFlow = "cognito.identity.flow";
    public const string RefreshFlow = "cognito.refresh.flow";

    public const string Success = "success";
    public const string Failure = "failure";

    /// <summary>
    /// What <c>error.type</c> says of a failure: the Cognito error code, or the exception type's full name. Never a
    /// message (a message can quote input).
    /// </summary>
    public static string ErrorTypeOf(Exception exception) => exception switch
    {
        CognitoException c => c.ErrorCode,
        _ => exception.GetType().FullName ?? exception.GetType().Name,
    };

    /// <summary>Marks <paramref name="activity"/> failed with <paramref name="errorType"/> (also its status description).</summary>
    public static void Fail(Activity activity, string errorType)
    {
        activity.SetTag(ErrorType, errorType);
        activity.SetStatus(ActivityStatusCode.Error, errorType);
    }

    private static string ReadVersion()
    {
        string? version = typeof(Telemetry).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        if (string.IsNullOrEmpty(version))
        {
            return typeof(Telemetry).Assembly.GetName().Version?.ToString() ?? "0.0.0";
        }

        int plus = version.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? version : version[..plus];
    }
}
