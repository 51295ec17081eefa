namespace CognitoKit.Tests.Contract;

/// <summary>A deliberately wrong copy of the InitiateAuth request: <c>ClientID</c> instead of <c>ClientId</c>.</summary>
internal sealed record MisspelledInitiateAuthRequest
{
    public required string AuthFlow { get; init; }

    public required string ClientID { get; init; }
}

/// <summary>A wrong copy of the InitiateAuth request whose required member is not declared <c>required</c>.</summary>
internal sealed record UnrequiredInitiateAuthRequest
{
    public required string AuthFlow { get; init; }

    public string? ClientId { get; init; }
}

/// <summary>A wrong copy of the tokens record: <c>ExpiresIn</c> as a string.</summary>
internal sealed record WronglyTypedAuthenticationResultType
{
    public string? ExpiresIn { get; init; }
}

/// <summary>A wrong copy of the CompleteWebAuthnRegistration request: the credential document as a string, not inline JSON.</summary>
internal sealed record StringCredentialCompleteWebAuthnRegistrationRequest
{
    public required string AccessToken { get; init; }

    public required string Credential { get; init; }
}
