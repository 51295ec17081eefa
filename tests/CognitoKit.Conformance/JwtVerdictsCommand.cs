using System.Text;
using System.Text.Json;
using CognitoKit.Tokens;

namespace CognitoKit.Conformance;

/// <summary>
/// Prints CognitoKit's verdict on every token of a corpus file, for comparison with another validator (the interop
/// suite's differential test against aws-jwt-verify). The file is
/// <c>{"userPoolId", "region", "clientIds", "clockSkewSeconds", "now", "jwks", "tokens": [{"use", "token"}]}</c>, with
/// an optional <c>"issuer"</c> that replaces the one derived from the pool. <c>use</c> is <c>id</c> or <c>access</c>.
/// </summary>
/// <remarks>
/// One validator is built through the public API (<see cref="CognitoTokenValidator"/>, options, a fixed
/// <see cref="TimeProvider"/>, keys installed with <see cref="CognitoTokenValidator.PreloadJwks"/>); no network is used.
/// Output: one line per token, in file order, <c>index TAB verdict TAB message</c>, where the verdict is <c>valid</c>,
/// a <see cref="TokenRejectionReason"/> name, or <c>threw:TypeName</c> when validation threw (a bug: bad input must be
/// a rejection); then the line <c>N verdicts</c>.
/// </remarks>
public static class JwtVerdictsCommand
{
    /// <summary>Prints the verdicts for the corpus in <paramref name="path"/> to standard output.</summary>
    /// <returns>0 when every token got a verdict, 1 when validation threw for any.</returns>
    public static Task<int> RunAsync(string path) => RunAsync(path, Console.Out);

    /// <summary>Prints the verdicts for the corpus in <paramref name="path"/> to <paramref name="output"/>.</summary>
    /// <returns>0 when every token got a verdict, 1 when validation threw for any.</returns>
    public static async Task<int> RunAsync(string path, TextWriter output)
    {
        using var document = JsonDocument.Parse(await File.ReadAllBytesAsync(path), new JsonDocumentOptions { MaxDepth = 256 });
        var root = document.RootElement;
        var options = new CognitoTokenValidationOptions
        {
            UserPoolId = root.GetProperty("userPoolId").GetString(),
            Region = root.GetProperty("region").GetString(),
            ClockSkew = TimeSpan.FromSeconds(root.GetProperty("clockSkewSeconds").GetInt32()),
        };
        if (root.TryGetProperty("issuer", out var issuer) && issuer.ValueKind == JsonValueKind.String)
        {
            options.Issuer = issuer.GetString();
        }

        foreach (var id in root.GetProperty("clientIds").EnumerateArray())
        {
            options.AllowedClientIds.Add(id.GetString()!);
        }

        var time = new FixedTimeProvider(DateTimeOffset.FromUnixTimeSeconds(root.GetProperty("now").GetInt64()));
        using var http = new HttpClient(new NoNetworkHandler());
        var validator = new CognitoTokenValidator(options, http, time);
        validator.PreloadJwks(root.GetProperty("jwks").GetRawText());

        var lines = new StringBuilder();
        int index = 0, threw = 0;
        foreach (var entry in root.GetProperty("tokens").EnumerateArray())
        {
            var use = entry.GetProperty("use").GetString() switch
            {
                "id" => CognitoTokenUse.Id,
                "access" => CognitoTokenUse.Access,
                var other => throw new InvalidDataException($"token #{index}: unknown use '{other}'"),
            };
            string verdict, message;
            try
            {
                var result = await validator.ValidateAsync(entry.GetProperty("token").GetString()!, use);
                verdict = result.IsValid ? "valid" : result.RejectionReason.ToString()!;
                message = result.Message ?? string.Empty;
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                threw++;
                verdict = $"threw:{ex.GetType().Name}";
                message = ex.Message;
            }

            lines.Append(index++).Append('\t').Append(verdict).Append('\t').Append(message.ReplaceLineEndings(" ")).Append('\n');
        }

        lines.Append(index).Append(" verdicts\n");
        await output.WriteAsync(lines.ToString());
        await output.FlushAsync();
        return threw == 0 ? 0 : 1;
    }
}
