namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Registers CognitoKit's own named <see cref="HttpClient"/>s so that handlers an app adds to every client
/// (<c>ConfigureHttpClientDefaults</c>, such as .NET Aspire's standard resilience handler) do not apply to them.
/// </summary>
/// <remarks>
/// CognitoKit decides per operation whether a call may be repeated (a sign-up or a password change must not be); a
/// retrying handler below it would repeat them all. <c>IHttpClientFactory</c> applies the app-wide defaults before any
/// named client's own configuration, whatever the registration order, so clearing the delegating handlers here removes
/// exactly the app-wide ones and whatever was configured for the name before CognitoKit was added. Handlers added to the
/// name afterwards, the factory's own logging (a handler filter, run after this) and the primary handler (proxy,
/// certificates) stay. Only an <see cref="IHttpClientBuilder"/> API is used, so CognitoKit needs no resilience package.
/// Public so that CognitoKit's companion packages register their clients by the same rule.
/// </remarks>
public static class CognitoHttpClientRegistration
{
    /// <summary>Adds the client named <paramref name="name"/> without the app-wide delegating handlers; idempotent.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="name">The client's name, such as <see cref="CognitoKit.Tokens.CognitoTokenValidator.HttpClientName"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> or <paramref name="name"/> is null.</exception>
    public static void AddIsolated(IServiceCollection services, string name)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(name);
        if (services.Any(d => d.ServiceType == typeof(IsolatedClient) && !d.IsKeyedService && d.ImplementationInstance is IsolatedClient c && c.Name == name))
        {
            // A second clear would also drop the handlers the app added to this name since the first registration.
            return;
        }

        services.AddSingleton(new IsolatedClient(name));
        services.AddHttpClient(name).ConfigureAdditionalHttpMessageHandlers(static (handlers, _) => handlers.Clear());
    }

    /// <summary>Marks a name as registered.</summary>
    private sealed record IsolatedClient(string Name);
}
