using System.Reflection;
using CognitoKit.Testing;

namespace CognitoKit.AspNetCore.Tests.Infrastructure;

/// <summary>The assemblies CognitoKit ships (this project references every one of them).</summary>
public static class ShippedAssemblies
{
    /// <summary>The library packages: CognitoKit, CognitoKit.AspNetCore and CognitoKit.StackExchangeRedis.</summary>
    public static readonly Assembly[] Packages =
    [
        typeof(ICognitoKit).Assembly,
        typeof(CognitoAuthenticationOptions).Assembly,
        typeof(CognitoKit.StackExchangeRedis.RedisSessionOptions).Assembly,
    ];

    /// <summary>The library packages and the emulator (CognitoKit.Testing).</summary>
    public static readonly Assembly[] All = [.. Packages, typeof(CognitoEmulator).Assembly];
}
