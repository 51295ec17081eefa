namespace CognitoKit.Testing.Triggers;

/// <summary>
/// Where a Lambda ARN of a pool's <c>LambdaConfig</c> answers: the function name (the ARN's segment after <c>function:</c>,
/// without a version or alias) under <see cref="CognitoEmulatorOptions.LambdaEndpoint"/>.
/// </summary>
internal static class LambdaEndpoints
{
    public static string? FunctionName(string? arn)
    {
        if (string.IsNullOrEmpty(arn))
        {
            return null;
        }

        var parts = arn.Split(':');

        // arn:aws:lambda:region:account:function:name[:qualifier]
        return parts.Length >= 7 && parts[2] == "lambda" && parts[5] == "function" && parts[6].Length > 0 ? parts[6] : null;
    }

    /// <summary>The configured endpoint, else the environment variable's; null when neither is set.</summary>
    public static Uri? Resolve(Uri? configured, string? fromEnvironment)
    {
        if (configured is not null)
        {
            return Normalize(configured);
        }

        if (string.IsNullOrWhiteSpace(fromEnvironment))
        {
            return null;
        }

        return Uri.TryCreate(fromEnvironment.Trim(), UriKind.Absolute, out var parsed)
            ? Normalize(parsed)
            : throw new ArgumentException(CognitoEmulatorOptions.LambdaEndpointVariable + " must be an absolute http or https URL.");
    }

    /// <summary>The endpoint with a trailing slash, so that function names resolve under its path.</summary>
    public static Uri Normalize(Uri endpoint)
    {
        if (!endpoint.IsAbsoluteUri || (endpoint.Scheme != Uri.UriSchemeHttp && endpoint.Scheme != Uri.UriSchemeHttps))
        {
            throw new ArgumentException("LambdaEndpoint must be an absolute http or https URL.", nameof(endpoint));
        }

        return endpoint.AbsoluteUri.EndsWith('/') ? endpoint : new Uri(endpoint.AbsoluteUri + "/");
    }
}
