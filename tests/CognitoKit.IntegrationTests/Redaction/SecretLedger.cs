using System.Text.Json;
using CognitoKit.Testing;

namespace CognitoKit.IntegrationTests.Redaction;

/// <summary>
/// Every secret a test used or received, by kind, and every text that must not contain one: exception texts and the
/// <c>ToString()</c> of results. <see cref="Leaks"/> lists each place a secret turned up.
/// </summary>
internal sealed class SecretLedger
{
    // Request members (and challenge-response / auth-parameter keys) whose values are secrets on the wire.
    private static readonly HashSet<string> SecretMembers = new(StringComparer.Ordinal)
    {
        // One-time codes are left out: the test records the right ones itself, and the deliberately wrong ones it sends
        // ("000000") are no secret and would match any timestamp with a zero fraction.
        "Password", "PreviousPassword", "ProposedPassword", "TemporaryPassword",
        "AccessToken", "IdToken", "RefreshToken", "Token", "Session", "SecretHash", "PasswordVerifier", "Salt",
        "SECRET_HASH", "SRP_A", "PASSWORD_CLAIM_SIGNATURE", "PASSWORD_CLAIM_SECRET_BLOCK", "PASSWORD", "NEW_PASSWORD",
        "REFRESH_TOKEN", "ANSWER",
    };

    private readonly Dictionary<string, HashSet<string>> _secrets = new(StringComparer.Ordinal);
    private readonly List<(string Where, string Text)> _texts = [];

    /// <summary>The kinds of secret recorded so far (so a test can prove it really saw each kind).</summary>
    public IReadOnlyCollection<string> Kinds => _secrets.Keys;

    public int Count(string kind) => _secrets.TryGetValue(kind, out HashSet<string>? values) ? values.Count : 0;

    public void Secret(string kind, string? value)
    {
        // Short values (a one-character answer, an empty string) would match by accident; real secrets here are longer.
        if (string.IsNullOrEmpty(value) || value.Length < 6)
        {
            return;
        }

        if (!_secrets.TryGetValue(kind, out HashSet<string>? values))
        {
            _secrets[kind] = values = new HashSet<string>(StringComparer.Ordinal);
        }

        values.Add(value);
    }

    public void Text(string where, object? value) => _texts.Add((where, value?.ToString() ?? string.Empty));

    public void Exception(string where, Exception exception) => _texts.Add(("exception " + where, exception.ToString()));

    public async Task<T> ThrowsAsync<T>(string where, Func<Task> action)
        where T : Exception
    {
        T exception = await Assert.ThrowsAsync<T>(action);
        Exception(where, exception);
        return exception;
    }

    /// <summary>Records every secret member of every request the emulator received (SRP A, signatures, secret hashes, sessions...).</summary>
    public void FromRequestLog(EmulatorRequestLog requests)
    {
        foreach (RecordedRequest request in requests.All)
        {
            try
            {
                using JsonDocument body = JsonDocument.Parse(request.Body);
                Walk(body.RootElement, member: null);
            }
            catch (JsonException)
            {
                // Form-encoded STS calls and the like: nothing the wire scan understands.
            }
        }
    }

    /// <summary>Each (place, kind) where a recorded secret occurs in <paramref name="logLines"/> or a recorded text.</summary>
    public IReadOnlyList<string> Leaks(IEnumerable<string> logLines)
    {
        List<(string Where, string Text)> all = [.. logLines.Select((line, i) => ($"log line {i}", line)), .. _texts];
        var leaks = new List<string>();
        foreach ((string where, string text) in all)
        {
            foreach ((string kind, HashSet<string> values) in _secrets)
            {
                if (values.Any(v => text.Contains(v, StringComparison.Ordinal)))
                {
                    leaks.Add($"{kind} in {where}: {Shorten(text)}");
                }
            }
        }

        return leaks;
    }

    private void Walk(JsonElement element, string? member)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (JsonProperty property in element.EnumerateObject())
                {
                    // Logins maps a provider name to an ID token.
                    Walk(property.Value, member == "Logins" ? "IdToken" : property.Name);
                }

                break;
            case JsonValueKind.Array:
                foreach (JsonElement item in element.EnumerateArray())
                {
                    Walk(item, member);
                }

                break;
            case JsonValueKind.String when member is not null && SecretMembers.Contains(member):
                Secret("wire " + member, element.GetString());
                break;
        }
    }

    private static string Shorten(string text) => text.Length <= 300 ? text : text[..300] + "...";
}
