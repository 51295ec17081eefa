namespace CognitoKit.Hosted;

/// <summary>Unpadded base64url (RFC 4648 §5), as PKCE, <c>at_hash</c> and opaque OAuth values are written.</summary>
internal static class Base64UrlEncoding
{
    public static string Encode(ReadOnlySpan<byte> bytes)
    {
        var text = Convert.ToBase64String(bytes);
        var end = text.Length;
        while (end > 0 && text[end - 1] == '=')
        {
            end--;
        }

        return string.Create(end, text, static (destination, source) =>
        {
            for (var i = 0; i < destination.Length; i++)
            {
                var c = source[i];
                destination[i] = c == '+' ? '-' : c == '/' ? '_' : c;
            }
        });
    }
}
