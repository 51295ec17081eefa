using CognitoKit.Diagnostics;

namespace CognitoKit.Protocol.UserPools;

/// <summary>What a server knows about the end user's request, for threat protection.</summary>
internal sealed record ContextDataType
{
    public required string IpAddress { get; init; }

    public required string ServerName { get; init; }

    public required string ServerPath { get; init; }

    public required List<HttpHeader> HttpHeaders { get; init; }

    public string? EncodedData { get; init; }

    /// <summary>Shows the members without any secret value (see <see cref="Redact"/>).</summary>
    public override string ToString() => $"ContextDataType {{ IpAddress = {Redact.Secret(IpAddress)}, ServerName = {ServerName}, ServerPath = {ServerPath}, HttpHeaders = {Redact.List(HttpHeaders)}, EncodedData = {Redact.Secret(EncodedData)} }}";
}
