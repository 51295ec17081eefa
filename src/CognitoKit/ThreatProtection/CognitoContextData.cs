namespace CognitoKit;

/// <summary>
/// The end user's context for Cognito threat protection, sent as <c>UserContextData</c>. Send only what you chose to
/// collect; a member left null is not sent.
/// </summary>
/// <remarks><see cref="ToString"/> never shows the values: an IP address and a device fingerprint are personal data.</remarks>
public sealed record CognitoContextData
{
    /// <summary>The end user's IP address (<c>IpAddress</c>), such as <c>203.0.113.7</c>.</summary>
    public string? IpAddress { get; init; }

    /// <summary>
    /// The device fingerprint the Amazon Cognito context data collection script produced in the end user's browser
    /// (<c>EncodedData</c>), passed through unchanged.
    /// </summary>
    public string? EncodedData { get; init; }

    /// <summary>Says which members are set, without their values.</summary>
    /// <returns>A description.</returns>
    public override string ToString() =>
        $"CognitoContextData {{ IpAddress = {(IpAddress is null ? "none" : "***")}, EncodedData = {(EncodedData is null ? "none" : "***")} }}";
}
