using System.Diagnostics.Metrics;
using CognitoKit.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CognitoKit.DependencyInjection;

/// <summary>Registers CognitoKit's instruments once per service provider.</summary>
internal static class TelemetryRegistration
{
    /// <summary>
    /// One <see cref="CognitoKitMetrics"/> per provider, on the app's <see cref="IMeterFactory"/> when it registered one
    /// (<c>AddMetrics</c>, which OpenTelemetry's hosting package adds), else on the process-wide meter.
    /// </summary>
    public static void AddMetrics(IServiceCollection services) =>
        services.TryAddSingleton(sp => sp.GetService<IMeterFactory>() is { } factory ? new CognitoKitMetrics(factory) : CognitoKitMetrics.Shared);
}
