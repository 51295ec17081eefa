namespace CognitoKit.AspNetCore;

/// <summary>
/// Where <c>AddCognitoContextDataFromHttpContext()</c> finds the browser's threat-protection fingerprint
/// (<c>EncodedData</c>). The IP address always comes from <c>HttpContext.Connection.RemoteIpAddress</c>.
/// </summary>
public sealed class HttpContextCognitoContextDataOptions
{
    /// <summary>
    /// The form field your page fills with the Amazon Cognito context data collection script's output, such as
    /// <c>cognitoEncodedData</c>, read from form posts. Default: none.
    /// </summary>
    public string? EncodedDataFormField { get; set; }

    /// <summary>The request header your client puts that output in, such as <c>X-Cognito-Encoded-Data</c>. Default: none.</summary>
    public string? EncodedDataHeader { get; set; }

    /// <summary>
    /// Whether the end user's IP address is sent. Default: true. It is the connection's remote address, which
    /// <c>UseForwardedHeaders()</c> replaces with the forwarded client address when the app configured it to trust its proxy;
    /// CognitoKit reads no forwarding header itself.
    /// </summary>
    public bool SendIpAddress { get; set; } = true;
}
