using System.Text.Json;
using CognitoKit.Tokens;

namespace CognitoKit.Conformance;

/// <summary>
/// Runs the JWT conformance cases of a file: <c>{"issuer", "jwks", "now", "cases": [{"name", "token", "tokenUse",
/// "clientIds", "expect"}]}</c>. <c>expect</c> is <c>valid</c>, <c>rejected</c> (any reason) or a
/// <see cref="TokenRejectionReason"/> name, as written in the enum or in camelCase (<c>UnknownKey</c> / <c>unknownKey</c>).
/// Keys are preloaded from <c>jwks</c>; no network is used.
/// </summary>
public static class JwtCommand
{
    /// <summary>Runs the cases in <paramref name="path"/>, printing failures and a summary to standard output.</summary>
    /// <returns>0 when every case passed, 1 otherwise.</returns>
    public static Task<int> RunAsync(string path) => RunAsync(path, Console.Out);

    /// <summary>Runs the cases in <paramref name="path"/>, printing failures and a summary to <paramref name="output"/>.</summary>
    /// <returns>0 when every case passed, 1 otherwise.</returns>
    public static async Task<int> RunAsync(string path, TextWriter output)
    {
        using var document = JsonDocument.Parse(await File.ReadAllBytesAsync(path));
        var root = document.RootElement;
        var issuer = root.GetProperty("issuer").GetString()!;
        var jwks = root.GetProperty("jwks").GetRawText();
        var time = new FixedTimeProvider(DateTimeOffset.FromUnixTimeSeconds(root.GetProperty("now").GetInt64()));
        using var http = new HttpClient(new NoNetworkHandler());
        int passed = 0, failed = 0;
        foreach (var testCase in root.GetProperty("cases").EnumerateArray())
        {
            var name = testCase.GetProperty("name").GetString()!;
            var expect = testCase.GetProperty("expect").GetString()!;
            string? problem;
            try
            {
                var options = new CognitoTokenValidationOptions { Issuer = issuer };
                foreach (var id in testCase.GetProperty("clientIds").EnumerateArray())
                {
                    options.AllowedClientIds.Add(id.GetString()!);
                }

                var validator = new CognitoTokenValidator(options, http, time);
                validator.PreloadJwks(jwks);
                var use = testCase.GetProperty("tokenUse").GetString() switch
                {
                    "id" => CognitoTokenUse.Id,
                    "access" => CognitoTokenUse.Access,
                    var other => throw new InvalidDataException($"unknown tokenUse '{other}'"),
                };
                var result = await validator.ValidateAsync(testCase.GetProperty("token").GetString()!, use);
                problem = Check(expect, result);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                problem = $"threw {ex.GetType().Name}: {ex.Message}";
            }

            if (problem is null)
            {
                passed++;
            }
            else
            {
                failed++;
                await output.WriteLineAsync($"FAIL {name}: {problem}");
            }
        }

        await output.WriteLineAsync($"{passed} passed, {failed} failed");
        return failed == 0 ? 0 : 1;
    }

    private static string? Check(string expect, CognitoTokenValidationResult result)
    {
        if (expect == "valid")
        {
            return result.IsValid ? null : $"expected valid, got {result.RejectionReason} ({result.Message})";
        }

        if (result.IsValid)
        {
            return $"expected {expect}, got valid";
        }

        if (expect == "rejected")
        {
            return null;
        }

        var actual = result.RejectionReason.ToString()!;
        var camel = char.ToLowerInvariant(actual[0]) + actual[1..];
        if (!Enum.GetNames<TokenRejectionReason>().Any(n => n == expect || char.ToLowerInvariant(n[0]) + n[1..] == expect))
        {
            return $"expect '{expect}' names no rejection reason";
        }

        return expect == actual || expect == camel ? null : $"expected {expect}, got {camel} ({result.Message})";
    }
}
