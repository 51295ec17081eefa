namespace CognitoKit.Testing;

/// <summary>The <c>response</c> of a custom message event; null members keep the pool's message.</summary>
public sealed class CustomMessageResponse
{
    /// <summary>The SMS text; must contain the code parameter.</summary>
    public string? SmsMessage { get; set; }

    /// <summary>The email body; must contain the code parameter.</summary>
    public string? EmailMessage { get; set; }

    /// <summary>The email subject.</summary>
    public string? EmailSubject { get; set; }
}
