namespace CognitoKit.Demo;

/// <summary>
/// What the user reads outside the app: the codes Cognito emails them and the codes their authenticator app shows.
/// Against the emulator they come from its inbox and its TOTP clock; against AWS the user types them in.
/// </summary>
internal interface IUserCodes
{
    /// <summary>Where the codes come from, for the step lines (such as <c>the emulator's inbox</c>).</summary>
    string Source { get; }

    /// <summary>Why no code can be read here (so a user who signs up could never be confirmed), or null when codes can be read.</summary>
    string? Unavailable { get; }

    /// <summary>Reads the latest emailed code of a kind.</summary>
    /// <param name="user">The user.</param>
    /// <param name="kind">Which code.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>The code.</returns>
    /// <exception cref="DemoStepSkippedException">No code can be read here.</exception>
    Task<string> EmailCodeAsync(DemoUser user, EmailCode kind, CancellationToken cancellationToken);

    /// <summary>Adds the account to the authenticator app: shows the <c>otpauth://</c> URI to the user when one is there.</summary>
    /// <param name="otpAuthUri">The URI (it holds the TOTP secret).</param>
    /// <param name="secretCode">The TOTP secret inside the URI.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>The URI as it may be printed (the secret shortened unless the user must type it).</returns>
    /// <exception cref="DemoStepSkippedException">No authenticator can be used here.</exception>
    Task<string> AddToAuthenticatorAsync(string otpAuthUri, string secretCode, CancellationToken cancellationToken);

    /// <summary>Reads the code the authenticator app shows now.</summary>
    /// <param name="secretCode">The TOTP secret the authenticator holds.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>Six digits.</returns>
    /// <exception cref="DemoStepSkippedException">No authenticator can be used here.</exception>
    Task<string> AuthenticatorCodeAsync(string secretCode, CancellationToken cancellationToken);
}
