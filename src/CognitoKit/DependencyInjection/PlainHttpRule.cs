using System.Net;

namespace CognitoKit.DependencyInjection;

/// <summary>
/// Plain <c>http</c> is allowed only towards this machine (<c>localhost</c>, <c>127.0.0.0/8</c>, <c>[::1]</c>), where an
/// emulator runs; anywhere else tokens, codes and keys would cross the network readable and forgeable.
/// </summary>
internal static class PlainHttpRule
{
    /// <summary>Whether <paramref name="uri"/> is https, or http towards this machine. Relative or other schemes are not judged here.</summary>
    public static bool Allows(Uri uri)
    {
        if (!uri.IsAbsoluteUri || !string.Equals(uri.Scheme, Uri.UriSchemeHttp, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        string host = uri.IdnHost.Trim('[', ']');
        if (string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return IPAddress.TryParse(host, out IPAddress? address) && IPAddress.IsLoopback(address)
            && (address.Equals(IPAddress.IPv6Loopback) || address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork);
    }

    /// <summary>Whether <paramref name="text"/>, when it is an absolute URI, passes <see cref="Allows(Uri)"/>.</summary>
    public static bool Allows(string? text) =>
        text is null || !Uri.TryCreate(text, UriKind.Absolute, out Uri? uri) || Allows(uri);

    /// <summary>The failure message naming <paramref name="setting"/> as the user wrote it.</summary>
    public static string Failure(string setting, object value) =>
        $"{setting} must use https unless it points at this machine (localhost, 127.0.0.0/8 or [::1]); got {value}";
}
