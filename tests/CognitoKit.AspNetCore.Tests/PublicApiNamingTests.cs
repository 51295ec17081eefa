using System.Reflection;
using CognitoKit.Testing;

namespace CognitoKit.AspNetCore.Tests;

/// <summary>
/// The naming rule of docs/architecture.md for what a user fills in and sends: a <c>...Command</c>. The
/// <c>...Request</c> suffix belongs to the wire records of the service model (and the AWS SDK's types of the same
/// names), so a user who imports both never meets two <c>SignUpRequest</c>s.
/// </summary>
public sealed class PublicApiNamingTests
{
    // Public types allowed a Request suffix, and why:
    // RecordedRequest is a wire request the emulator received (its Operation, Target and Body), not something a user builds.
    // The request part of each Lambda trigger event (PreSignUpRequest...) is what the emulator hands a trigger to read,
    // named after the event's `request` member as Cognito documents it, never something a user builds and sends.
    private static readonly Assembly[] ShippedAssemblies = Infrastructure.ShippedAssemblies.All;

    private static readonly HashSet<Type> RequestSuffixAllowList =
    [
        typeof(RecordedRequest),
        .. ShippedAssemblies
            .SelectMany(a => a.GetExportedTypes())
            .Select(t => t.BaseType)
            .Where(b => b is { IsGenericType: true } && b.GetGenericTypeDefinition() == typeof(TriggerEvent<,>))
            .Select(b => b!.GetGenericArguments()[0]),
    ];

    [Fact]
    public void No_public_type_is_named_Request()
    {
        List<string> offenders = [.. ShippedAssemblies
            .SelectMany(a => a.GetExportedTypes())
            .Where(t => !RequestSuffixAllowList.Contains(t) && SimpleName(t).EndsWith("Request", StringComparison.Ordinal))
            .Select(t => t.FullName!)
            .Order(StringComparer.Ordinal)];

        Assert.True(offenders.Count == 0, "Public types a user builds are ...Command, not ...Request:\n" + string.Join("\n", offenders));
    }

    [Fact]
    public void Every_public_type_with_SendAsync_is_named_Command()
    {
        List<Type> senders = [.. ShippedAssemblies
            .SelectMany(a => a.GetExportedTypes())
            .Where(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).Any(m => m.Name == "SendAsync"))];
        List<string> offenders = [.. senders
            .Where(t => !SimpleName(t).EndsWith("Command", StringComparison.Ordinal))
            .Select(t => t.FullName!)
            .Order(StringComparer.Ordinal)];

        Assert.NotEmpty(senders);
        Assert.True(offenders.Count == 0, "A fluent builder finished with SendAsync is a ...Command:\n" + string.Join("\n", offenders));
    }

    private static string SimpleName(Type type) =>
        type.IsGenericType ? type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)] : type.Name;
}
