using System.Globalization;
using System.Text.Json;

namespace CognitoKit.Tests.Srp;

/// <summary>Loads the shared SRP vectors copied into the test output, and the cultures every vector runs under.</summary>
internal static class SrpTestData
{
    public static readonly string[] Cultures = ["", "th-TH", "ar-SA", "tr-TR"];

    private static readonly Dictionary<string, JsonElement> Cache = [];

    public static JsonElement Load(string fileName)
    {
        lock (Cache)
        {
            if (!Cache.TryGetValue(fileName, out JsonElement root))
            {
                string path = Path.Combine(AppContext.BaseDirectory, "TestData", "vectors", fileName);
                using JsonDocument document = JsonDocument.Parse(File.ReadAllText(path));
                root = document.RootElement.Clone();
                Cache[fileName] = root;
            }

            return root;
        }
    }

    public static IEnumerable<JsonElement> Items(string fileName, string arrayName) =>
        Load(fileName).GetProperty(arrayName).EnumerateArray();

    public static string Str(this JsonElement element, string name) => element.GetProperty(name).GetString()!;

    /// <summary>Every (index or id) × culture combination, for <c>MemberData</c>.</summary>
    public static TheoryData<string, string> ByKeyAndCulture(string fileName, string arrayName, Func<JsonElement, int, string> key)
    {
        var data = new TheoryData<string, string>();
        int index = 0;
        foreach (JsonElement item in Items(fileName, arrayName))
        {
            foreach (string culture in Cultures)
            {
                data.Add(key(item, index), culture);
            }

            index++;
        }

        return data;
    }

    /// <summary>Every (id) × culture × arithmetic backend combination, for <c>MemberData</c>.</summary>
    public static TheoryData<string, string, string> ByKeyCultureAndBackend(string fileName, string arrayName, Func<JsonElement, int, string> key)
    {
        var data = new TheoryData<string, string, string>();
        foreach (object[] row in ByKeyAndCulture(fileName, arrayName, key))
        {
            foreach (string backend in SrpBackends.Names)
            {
                data.Add((string)row[0], (string)row[1], backend);
            }
        }

        return data;
    }

    public static JsonElement Find(string fileName, string arrayName, string id) =>
        Items(fileName, arrayName).First(v => v.Str("id") == id);

    public static JsonElement At(string fileName, string arrayName, int index) =>
        Items(fileName, arrayName).ElementAt(index);
}

/// <summary>Runs a block with the current culture (and UI culture) switched, then restores them.</summary>
internal sealed class CultureScope : IDisposable
{
    private readonly CultureInfo _culture = CultureInfo.CurrentCulture;
    private readonly CultureInfo _uiCulture = CultureInfo.CurrentUICulture;

    public CultureScope(string name)
    {
        if (name.Length > 0)
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(name);
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
        }
    }

    public void Dispose()
    {
        CultureInfo.CurrentCulture = _culture;
        CultureInfo.CurrentUICulture = _uiCulture;
    }
}
