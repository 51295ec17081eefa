namespace CognitoKit.Testing.Sts;

/// <summary>What a SigV4 <c>Authorization</c> header says: <c>AWS4-HMAC-SHA256 Credential=..., SignedHeaders=..., Signature=...</c>.</summary>
internal sealed record SigV4Request(
    string AccessKeyId,
    string ScopeDate,
    string Region,
    string Service,
    IReadOnlyList<string> SignedHeaders,
    string Signature)
{
    public const string Algorithm = "AWS4-HMAC-SHA256";

    public string Scope => $"{ScopeDate}/{Region}/{Service}/aws4_request";

    public static SigV4Request Parse(string authorization)
    {
        if (authorization.Length == 0)
        {
            throw new StsException("MissingAuthenticationToken", "Request is missing Authentication Token", 403);
        }

        if (!authorization.StartsWith(Algorithm + " ", StringComparison.Ordinal))
        {
            throw StsException.IncompleteSignature("Unsupported AWS 'algorithm': '" + authorization.Split(' ')[0] + "'. Supported: " + Algorithm + ".");
        }

        var fields = authorization[(Algorithm.Length + 1)..]
            .Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(f => f.Split('=', 2))
            .Where(f => f.Length == 2)
            .ToDictionary(f => f[0], f => f[1], StringComparer.Ordinal);
        if (!fields.TryGetValue("Credential", out var credential)
            || !fields.TryGetValue("SignedHeaders", out var signedHeaders)
            || !fields.TryGetValue("Signature", out var signature))
        {
            throw StsException.IncompleteSignature("Authorization header requires 'Credential', 'SignedHeaders' and 'Signature' parameters.");
        }

        var scope = credential.Split('/');
        if (scope.Length != 5 || scope[4] != "aws4_request" || scope[1].Length != 8)
        {
            throw StsException.IncompleteSignature("Credential should be scoped to a valid region, not '" + (scope.Length > 2 ? scope[2] : string.Empty) + "'.");
        }

        return new SigV4Request(scope[0], scope[1], scope[2], scope[3], signedHeaders.Split(';'), signature);
    }
}
