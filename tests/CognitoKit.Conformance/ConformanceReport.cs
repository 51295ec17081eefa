using System.Text.Json;

namespace CognitoKit.Conformance;

/// <summary>Counts vector results, prints each failure with its id (or index), and the closing tally.</summary>
internal sealed class ConformanceReport
{
    private int _passed;
    private int _failed;

    /// <summary>Loads a vector file and returns the named array.</summary>
    public static JsonElement[] LoadArray(string path, string arrayName)
    {
        using JsonDocument document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.GetProperty(arrayName).EnumerateArray().Select(e => e.Clone()).ToArray();
    }

    /// <summary>The vector's <c>id</c>, or its index when it has none.</summary>
    public static string KeyOf(JsonElement vector, int index) =>
        vector.TryGetProperty("id", out JsonElement id) ? id.GetString() ?? $"#{index}" : $"#{index}";

    /// <summary>Runs one vector; a mismatch list or an exception counts as a failure.</summary>
    public void Check(string key, Func<IEnumerable<string>> mismatches)
    {
        List<string> problems;
        try
        {
            problems = mismatches().ToList();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            problems = [$"threw {ex.GetType().Name}: {ex.Message}"];
        }

        if (problems.Count == 0)
        {
            _passed++;
            return;
        }

        _failed++;
        Console.WriteLine($"FAIL {key}: {string.Join("; ", problems)}");
    }

    /// <summary>Prints "N passed, N failed" and returns the exit code.</summary>
    public int Finish()
    {
        Console.WriteLine($"{_passed} passed, {_failed} failed");
        return _failed == 0 ? 0 : 1;
    }

    /// <summary>Yields a mismatch message when the values differ.</summary>
    public static IEnumerable<string> Expect(string what, string expected, string actual)
    {
        if (!string.Equals(expected, actual, StringComparison.Ordinal))
        {
            yield return $"{what} differs";
        }
    }
}
