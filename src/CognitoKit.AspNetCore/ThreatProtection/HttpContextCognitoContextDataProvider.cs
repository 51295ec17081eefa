using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace CognitoKit.AspNetCore.ThreatProtection;

/// <summary>
/// The threat-protection context of the current request: its remote IP address (as <c>UseForwardedHeaders</c> left it)
/// and the fingerprint from the form field or header the app named. Outside a request, none.
/// </summary>
internal sealed class HttpContextCognitoContextDataProvider : ICognitoContextDataProvider
{
    private readonly IHttpContextAccessor _accessor;
    private readonly HttpContextCognitoContextDataOptions _options;

    public HttpContextCognitoContextDataProvider(IHttpContextAccessor accessor, IOptions<HttpContextCognitoContextDataOptions> options)
    {
        _accessor = accessor;
        _options = options.Value;
    }

    public async ValueTask<CognitoContextData?> GetContextDataAsync(CancellationToken cancellationToken = default)
    {
        if (_accessor.HttpContext is not { } http)
        {
            return null;
        }

        string? ip = _options.SendIpAddress ? AddressOf(http.Connection.RemoteIpAddress) : null;
        string? encoded = await EncodedDataAsync(http.Request, cancellationToken).ConfigureAwait(false);
        return ip is null && encoded is null ? null : new CognitoContextData { IpAddress = ip, EncodedData = encoded };
    }

    private static string? AddressOf(IPAddress? address) =>
        address is null ? null : (address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address).ToString();

    private async ValueTask<string?> EncodedDataAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (_options.EncodedDataHeader is { Length: > 0 } header && request.Headers[header].ToString() is { Length: > 0 } fromHeader)
        {
            return fromHeader;
        }

        if (_options.EncodedDataFormField is { Length: > 0 } field && request.HasFormContentType)
        {
            IFormCollection form = await request.ReadFormAsync(cancellationToken).ConfigureAwait(false);
            if (form[field].ToString() is { Length: > 0 } fromForm)
            {
                return fromForm;
            }
        }

        return null;
    }

    public override string ToString() => nameof(HttpContextCognitoContextDataProvider);
}
