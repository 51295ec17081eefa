using Microsoft.Net.Http.Headers;

namespace CognitoKit.AspNetCore.Tests.Infrastructure;

/// <summary>
/// A browser's cookie jar over a plain <see cref="HttpClient"/> that does not follow redirects: keeps what
/// <c>Set-Cookie</c> sets (Secure cookies too, as browsers do for a loopback address) and sends it back, so tests can
/// also read and tamper with the cookies.
/// </summary>
public sealed class Browser : IDisposable
{
    private readonly HttpClient _http;

    public Browser(Uri site) =>
        _http = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = site };

    public Dictionary<string, string> Cookies { get; } = new(StringComparer.Ordinal);

    /// <summary>Headers sent with every request (an antiforgery token, for example).</summary>
    public Dictionary<string, string> Headers { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The <c>Set-Cookie</c> headers of the last response.</summary>
    public IList<SetCookieHeaderValue> LastSetCookies { get; private set; } = [];

    public Task<HttpResponseMessage> GetAsync(string path) => SendAsync(new HttpRequestMessage(HttpMethod.Get, path));

    public Task<HttpResponseMessage> PostAsync(string path, Dictionary<string, string> form) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Post, path) { Content = new FormUrlEncodedContent(form) });

    /// <summary>Posts the sign-in form of <see cref="DeviceCookieSite"/> (with a TOTP code when given).</summary>
    public async Task<(int Status, string Body)> SignInAsync(string username, string password, string? code = null)
    {
        var form = new Dictionary<string, string> { ["username"] = username, ["password"] = password };
        if (code is not null)
        {
            form["code"] = code;
        }

        using HttpResponseMessage response = await PostAsync("/sign-in", form);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    public void Dispose() => _http.Dispose();

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request)
    {
        using (request)
        {
            foreach (KeyValuePair<string, string> header in Headers)
            {
                request.Headers.Add(header.Key, header.Value);
            }

            if (Cookies.Count > 0)
            {
                request.Headers.Add("Cookie", string.Join("; ", Cookies.Select(c => c.Key + "=" + c.Value)));
            }

            HttpResponseMessage response = await _http.SendAsync(request);
            await response.Content.LoadIntoBufferAsync();
            LastSetCookies = response.Headers.TryGetValues("Set-Cookie", out IEnumerable<string>? values) ? SetCookieHeaderValue.ParseList([.. values]) : [];
            foreach (SetCookieHeaderValue cookie in LastSetCookies)
            {
                if (cookie.Expires is { } expires && expires <= DateTimeOffset.UtcNow)
                {
                    Cookies.Remove(cookie.Name.ToString());
                }
                else
                {
                    Cookies[cookie.Name.ToString()] = cookie.Value.ToString();
                }
            }

            return response;
        }
    }
}
