using System.Net;

namespace CognitoKit.Testing.Host;

/// <summary>
/// Refuses requests whose <c>Host</c> header is not a loopback name, so a web page cannot read the emulator through
/// DNS rebinding: the browser would send the page's own host name (<c>evil.example</c>), never <c>localhost</c>.
/// </summary>
/// <remarks>
/// The emulator only ever listens on 127.0.0.1, so every legitimate client addresses it as <c>localhost</c>, a
/// <c>127.x.y.z</c> address or <c>[::1]</c>, with any port. A request without a <c>Host</c> is refused too: browsers
/// always send one, and so does every HTTP/1.1 or later client.
/// </remarks>
internal static class LoopbackHostFilter
{
    /// <summary>Whether <paramref name="host"/> names this machine's loopback interface.</summary>
    public static bool IsLoopback(HostString host)
    {
        if (!host.HasValue)
        {
            return false;
        }

        string name = host.Host;
        if (string.Equals(name, "localhost", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (name.StartsWith('[') && name.EndsWith(']'))
        {
            name = name[1..^1];
        }

        // Only literal addresses: TryParse never resolves a name.
        return IPAddress.TryParse(name, out IPAddress? address) && IPAddress.IsLoopback(address);
    }

    /// <summary>The message of the refusal; names the host received (shortened) and what is accepted.</summary>
    public static string RefusalMessage(HostString host)
    {
        string shown = host.HasValue ? host.Value : "(none)";
        if (shown.Length > 100)
        {
            shown = shown[..100] + "...";
        }

        return $"The emulator answers only requests addressed to a loopback name (localhost, 127.x.y.z or [::1]); Host '{shown}' was refused, so that a web page cannot reach it through DNS rebinding.";
    }
}
