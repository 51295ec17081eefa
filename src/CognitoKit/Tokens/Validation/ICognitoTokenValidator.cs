namespace CognitoKit.Tokens;

/// <summary>Validates Cognito user pool tokens (ID and access) against one user pool.</summary>
public interface ICognitoTokenValidator
{
    /// <summary>Validates <paramref name="token"/> as a token of kind <paramref name="expectedUse"/>.</summary>
    /// <param name="token">The compact JWT, without any <c>Bearer </c> prefix.</param>
    /// <param name="expectedUse">The kind of token the caller expects.</param>
    /// <param name="cancellationToken">Cancels waiting for signing keys.</param>
    /// <returns>The claims when valid, otherwise the rejection reason. Bad input is a rejection, never an exception.</returns>
    ValueTask<CognitoTokenValidationResult> ValidateAsync(string token, CognitoTokenUse expectedUse, CancellationToken cancellationToken = default);

    /// <summary>Loads the user pool's signing keys now, so later validations need no network.</summary>
    /// <param name="cancellationToken">Cancels waiting for the keys.</param>
    /// <exception cref="CognitoTokenValidationException">The keys could not be loaded (<see cref="TokenRejectionReason.JwksUnavailable"/>).</exception>
    Task PreloadAsync(CancellationToken cancellationToken = default);
}
