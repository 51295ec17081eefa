using System.Reflection;
using System.Runtime.CompilerServices;

namespace CognitoKit.Tests.Redaction;

/// <summary>
/// Any public type that can hold a secret (a password, token, code, session, secret
/// or verifier in a string member) writes its own <c>ToString()</c>, so neither a record's generated printer nor
/// <c>object.ToString()</c> decides what a log or debugger shows.
/// </summary>
public sealed class SecretHoldingTypesTests
{
    private static readonly string[] SecretWords = ["Password", "Token", "Secret", "Code", "Session", "Verifier", "Signature", "Salt"];

    // Members whose names contain a secret word but whose values are public facts.
    private static readonly HashSet<string> NotSecret = new(StringComparer.Ordinal)
    {
        "ErrorCode", "TokenType", "StatusCode", "DeliveryMedium", "AttributeName", "Destination",
    };

    public static TheoryData<string> SecretHoldingTypes()
    {
        var data = new TheoryData<string>();
        foreach (Type type in typeof(ICognitoKit).Assembly.GetExportedTypes())
        {
            if (type.IsInterface || type.IsEnum || typeof(Exception).IsAssignableFrom(type) || (type.IsAbstract && type.IsSealed))
            {
                continue;
            }

            if (SecretMembers(type).Any())
            {
                data.Add(type.FullName!);
            }
        }

        return data;
    }

    [Fact]
    public void TheScan_FindsTheTypesEveryoneKnowsHoldSecrets()
    {
        var names = ((IEnumerable<object[]>)SecretHoldingTypes()).Select(row => (string)row[0]).ToList();

        Assert.Contains(typeof(CognitoTokens).FullName, names);
        Assert.Contains(typeof(TotpEnrollment).FullName, names);
        Assert.Contains(typeof(DeviceSecrets).FullName, names);
    }

    [Theory]
    [MemberData(nameof(SecretHoldingTypes))]
    public void PublicTypeWithASecretMember_WritesItsOwnToString(string typeName)
    {
        Type type = typeof(ICognitoKit).Assembly.GetType(typeName, throwOnError: true)!;

        MethodInfo? own = type.GetMethod(nameof(ToString), BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly, Type.EmptyTypes);
        bool handWritten = own is not null && own.GetCustomAttribute<CompilerGeneratedAttribute>() is null;
        bool inheritsHandWritten = !handWritten && InheritedHandWritten(type);

        Assert.True(
            handWritten || inheritsHandWritten,
            $"{typeName} holds {string.Join(", ", SecretMembers(type))} but prints them with the default or record-generated ToString().");
    }

    private static bool InheritedHandWritten(Type type)
    {
        for (Type? t = type.BaseType; t is not null && t != typeof(object); t = t.BaseType)
        {
            MethodInfo? m = t.GetMethod(nameof(ToString), BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly, Type.EmptyTypes);
            if (m is not null && m.GetCustomAttribute<CompilerGeneratedAttribute>() is null)
            {
                // A base's printer is enough only when it is sealed against the record printer of the derived type.
                return type.GetMethod("PrintMembers", BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.DeclaredOnly) is null;
            }
        }

        return false;
    }

    private static IEnumerable<string> SecretMembers(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.PropertyType == typeof(string) || p.PropertyType == typeof(IReadOnlyDictionary<string, string>))
            .Select(p => p.Name)
            .Where(n => !NotSecret.Contains(n) && SecretWords.Any(w => n.Contains(w, StringComparison.Ordinal)));
}
