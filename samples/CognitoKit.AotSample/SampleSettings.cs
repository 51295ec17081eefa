namespace CognitoKit.AotSample;

/// <summary>Where the emulator is and whom to sign in as, from arguments or the environment.</summary>
internal sealed record SampleSettings(Uri? Endpoint, string? PoolId, string? ClientId, string? Username, string? Password)
{
    public static SampleSettings Read(string[] args)
    {
        string? Get(string name, string variable)
        {
            var index = Array.IndexOf(args, name);
            return index >= 0 && index + 1 < args.Length ? args[index + 1] : Environment.GetEnvironmentVariable(variable);
        }

        var endpoint = Get("--endpoint", "COGNITO_ENDPOINT");
        return new SampleSettings(
            endpoint is null ? null : new Uri(endpoint, UriKind.Absolute),
            Get("--pool-id", "COGNITO_POOL_ID"),
            Get("--client-id", "COGNITO_CLIENT_ID"),
            Get("--username", "COGNITO_USERNAME") ?? "aot-user",
            Get("--password", "COGNITO_PASSWORD") ?? "Aot-Sample-Passw0rd!");
    }
}
