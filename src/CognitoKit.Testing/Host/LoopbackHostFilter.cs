using System.Net;

namespace CognitoKit.Testing.Host;

/// <summary>
/// Refuses requests whose <c>Host</c> header is not a loopback name, so a web page cannot read the emulator through
/// DNS rebinding: the browser would send the page's own host name (<c>evil.example</c>), never <c>localhost</c>.
/// </summary>
/// <remarks>
/// By default the emulator listens on 127.0.0.1 only, so every legitimate client addresses it as <c>localhost</c>, a
/// <c>127.x.y.z</c> address or <c>[::1]</c>, with any port; names the options allow, and IP addresses when it listens
/// beyond loopback, are accepted too. A request without a <c>Host</c> is refused too: browsers
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

    /// <summary>
    /// Whether <paramref name="host"/> may be served: a loopback name, a name the options allow, or (when the emulator
    /// listens beyond loopback) an IP address. An address is safe to accept: a rebinding page's requests carry its own
    /// host name, never an address.
    /// </summary>
    public static bool IsAllowed(HostString host, EmulatorState state)
    {
        if (IsLoopback(host))
        {
            return true;
        }

        if (!host.HasValue)
        {
            return false;
        }

        string name = host.Host;
        if (state.AllowedHostNames.Contains(name))
        {
            return true;
        }

        if (name.StartsWith('[') && name.EndsWith(']'))
        {
            name = name[1..^1];
        }

        return state.AcceptsAddressHosts && IPAddress.TryParse(name, out _);
    }

    /// <summary>The message of the refusal; names the host received (shortened) and what is accepted.</summary>
    public static string RefusalMessage(HostString host)
    {
        string shown = host.HasValue ? host.Value : "(none)";
        if (shown.Length > 100)
        {
            shown = shown[..100] + "...";
        }

        return $"The emulator answers only requests addressed to a loopback name (localhost, 127.x.y.z or [::1]) or a host name it was told to allow; Host '{shown}' was refused, so that a web page cannot reach it through DNS rebinding.";
    }
}
