namespace CognitoKit.SignIn;

/// <summary>How a sign-in begins: the flow, what the user typed, and the optional extras.</summary>
internal sealed record SignInStart
{
    public required string AuthFlow { get; init; }

    /// <summary>What the user typed: a username, or an email address or phone number used as one.</summary>
    public required string Username { get; init; }

    /// <summary>The password, for flows that prove it (SRP or plain); never logged.</summary>
    public string? Password { get; init; }

    /// <summary>For <c>CUSTOM_AUTH</c>: start with SRP (<c>CHALLENGE_NAME</c> = <c>SRP_A</c>).</summary>
    public bool CustomWithSrp { get; init; }

    /// <summary>For <c>USER_AUTH</c>: the wire name of the preferred first factor.</summary>
    public string? PreferredChallenge { get; init; }

    public IReadOnlyDictionary<string, string>? ClientMetadata { get; init; }

    public string? DeviceName { get; init; }

    /// <summary>False after a stored device was rejected, so the retry does not offer it again.</summary>
    public bool UseStoredDevice { get; init; } = true;

    public override string ToString() => $"SignInStart {{ AuthFlow = {AuthFlow} }}";
}
