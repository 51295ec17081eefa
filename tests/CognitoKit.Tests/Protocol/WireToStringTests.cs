using System.Collections;
using System.Reflection;
using CognitoKit.Protocol;

namespace CognitoKit.Tests.Protocol;

public sealed class WireToStringTests
{
    private const string Marker = "S3CR3T";

    /// <summary>Members whose value is a secret (or personal data) and so never shown.</summary>
    private static readonly HashSet<string> SecretMembers =
    [
        "Password", "PreviousPassword", "ProposedPassword", "TemporaryPassword", "SecretHash", "Session", "AccessToken",
        "RefreshToken", "IdToken", "Token", "ConfirmationCode", "Code", "UserCode", "SecretCode", "SecretKey", "SessionToken",
        "ClientSecret", "PasswordVerifier", "Salt", "Value", "Username", "EncodedData", "HeaderValue", "PaginationToken",
    ];

    public static TheoryData<string> WireTypes()
    {
        var data = new TheoryData<string>();
        foreach (Type t in typeof(CognitoOperation).Assembly.GetTypes()
                     .Where(t => t.Namespace is "CognitoKit.Protocol.UserPools" or "CognitoKit.Protocol.Identity" && !t.IsAbstract && !t.IsInterface && t.GetMethod("<Clone>$") is not null))
        {
            data.Add(t.FullName!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(WireTypes))]
    public void ToString_OfEveryWireType_ShowsNoSecretValue(string typeName)
    {
        Type type = typeof(CognitoOperation).Assembly.GetType(typeName)!;
        object instance = Fill(type, depth: 0);

        string text = instance.ToString()!;

        Assert.StartsWith(type.Name, text, StringComparison.Ordinal);
        Assert.DoesNotContain(Marker, text, StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_ShowsNonSecretMembersAndMapKeys()
    {
        var request = new CognitoKit.Protocol.UserPools.InitiateAuthRequest
        {
            AuthFlow = "USER_SRP_AUTH",
            ClientId = "client-1",
            AuthParameters = new() { ["USERNAME"] = "alice", ["SRP_A"] = "abcdef0123" },
        };

        string text = request.ToString();

        Assert.Contains("USER_SRP_AUTH", text, StringComparison.Ordinal);
        Assert.Contains("client-1", text, StringComparison.Ordinal);
        Assert.Contains("SRP_A", text, StringComparison.Ordinal);
        Assert.DoesNotContain("abcdef0123", text, StringComparison.Ordinal);
        Assert.DoesNotContain("alice", text, StringComparison.Ordinal);
    }

    /// <summary>Builds an instance whose secret strings and every map value carry <see cref="Marker"/>.</summary>
    private static object Fill(Type type, int depth)
    {
        object instance = Activator.CreateInstance(type)!;
        foreach (PropertyInfo p in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite))
        {
            Type t = Nullable.GetUnderlyingType(p.PropertyType) ?? p.PropertyType;
            object? value = t switch
            {
                _ when t == typeof(string) => SecretMembers.Contains(p.Name) ? Marker + p.Name : "plain",
                _ when t == typeof(bool) => true,
                _ when t == typeof(int) => 7,
                _ when t == typeof(long) => 7L,
                _ when t == typeof(DateTimeOffset) => DateTimeOffset.UnixEpoch,
                _ when t.IsGenericType && t.GetGenericTypeDefinition() == typeof(Dictionary<,>) => new Dictionary<string, string> { ["KEY"] = Marker },
                _ when t.IsGenericType && t.GetGenericTypeDefinition() == typeof(List<>) => ListOf(t.GetGenericArguments()[0], depth),
                _ when depth < 4 => Fill(t, depth + 1),
                _ => null,
            };
            p.SetValue(instance, value);
        }

        return instance;
    }

    private static IList ListOf(Type item, int depth)
    {
        var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(item))!;
        list.Add(item == typeof(string) ? "SMS" : Fill(item, depth + 1));
        return list;
    }
}
