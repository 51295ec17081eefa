using System.Collections;
using System.Globalization;
using System.Numerics;
using System.Reflection;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Microsoft.IdentityModel.Tokens;

namespace CognitoKit.Testing.Persistence;

/// <summary>
/// How records are written: every public property of an entity (user, client, device, refresh token, identity...) is
/// kept unless it is computed, so a property someone adds to an entity later is kept without anyone teaching this file.
/// Collections an entity exposes without a setter are filled in place, keeping their comparers.
/// </summary>
internal static class PersistenceJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { KeepStateProperties } },
        Converters = { new BigIntegerConverter() },
    };

    public static byte[] Serialize<T>(T value) => JsonSerializer.SerializeToUtf8Bytes(value, Options);

    public static T Deserialize<T>(byte[] json) => JsonSerializer.Deserialize<T>(json, Options) ?? throw new JsonException("A record is null.");

    public static string ExportKey(RsaSecurityKey key) => Convert.ToBase64String(key.Rsa.ExportPkcs8PrivateKey());

    public static RsaSecurityKey ImportKey(string keyId, string pkcs8)
    {
        var rsa = RSA.Create();
        rsa.ImportPkcs8PrivateKey(Convert.FromBase64String(pkcs8), out _);
        return new RsaSecurityKey(rsa) { KeyId = keyId };
    }

    private static void KeepStateProperties(JsonTypeInfo info)
    {
        if (info.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        var parameterless = info.Type.GetConstructor(Type.EmptyTypes) is not null;
        var constructorParameters = info.Type.GetConstructors(BindingFlags.Public | BindingFlags.Instance)
            .SelectMany(c => c.GetParameters())
            .Select(p => p.Name)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        for (var i = info.Properties.Count - 1; i >= 0; i--)
        {
            var property = info.Properties[i];
            if (property.Set is not null || constructorParameters.Contains(property.Name))
            {
                continue;
            }

            if (parameterless && IsFillable(property.PropertyType))
            {
                property.ObjectCreationHandling = JsonObjectCreationHandling.Populate;
            }
            else
            {
                // Computed from other state (IsAuthenticated, ClientSecret...): written nowhere, rebuilt on reading.
                info.Properties.RemoveAt(i);
            }
        }
    }

    private static bool IsFillable(Type type) =>
        !type.IsArray && type != typeof(string) && (typeof(IDictionary).IsAssignableFrom(type) || type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICollection<>)));

    private sealed class BigIntegerConverter : JsonConverter<BigInteger>
    {
        public override BigInteger Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            BigInteger.Parse(reader.GetString()!, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);

        public override void Write(Utf8JsonWriter writer, BigInteger value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.ToString("x", CultureInfo.InvariantCulture));
    }
}
