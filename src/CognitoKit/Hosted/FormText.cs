using System.Text;

namespace CognitoKit.Hosted;

/// <summary>Query strings and form bodies, written and read with RFC 3986 escaping.</summary>
internal static class FormText
{
    public static string Encode(IEnumerable<KeyValuePair<string, string>> values)
    {
        var builder = new StringBuilder();
        foreach (var (key, value) in values)
        {
            if (builder.Length > 0)
            {
                builder.Append('&');
            }

            builder.Append(Uri.EscapeDataString(key)).Append('=').Append(Uri.EscapeDataString(value));
        }

        return builder.ToString();
    }

    public static IReadOnlyDictionary<string, string> ParseQuery(string query)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string pair in query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            int equals = pair.IndexOf('=', StringComparison.Ordinal);
            string key = Decode(equals < 0 ? pair : pair[..equals]);
            string value = equals < 0 ? string.Empty : Decode(pair[(equals + 1)..]);

            // The first occurrence wins, so an appended duplicate cannot override what the domain sent.
            result.TryAdd(key, value);
        }

        return result;
    }

    private static string Decode(string text) => Uri.UnescapeDataString(text.Replace('+', ' '));
}
