namespace CognitoKit.Testing.Passkeys;

/// <summary>The creation options StartWebAuthnRegistration handed out, waiting for CompleteWebAuthnRegistration.</summary>
/// <param name="OptionsJson">The options as sent (with the one-time challenge).</param>
/// <param name="ClientId">The app client of the access token that started it.</param>
/// <param name="ExpiresAt">When the challenge stops being accepted.</param>
internal sealed record PendingPasskeyRegistration(string OptionsJson, string ClientId, DateTimeOffset ExpiresAt)
{
    public override string ToString() => nameof(PendingPasskeyRegistration);
}
