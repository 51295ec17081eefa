namespace CognitoKit.Tokens;

/// <summary>Throwing conveniences over <see cref="ICognitoTokenValidator"/>.</summary>
public static class CognitoTokenValidatorExtensions
{
    /// <summary>Validates <paramref name="token"/> and returns its claims, or throws when it is rejected.</summary>
    /// <param name="validator">The validator.</param>
    /// <param name="token">The compact JWT.</param>
    /// <param name="expectedUse">The kind of token the caller expects.</param>
    /// <param name="cancellationToken">Cancels waiting for signing keys.</param>
    /// <returns>The claims of the valid token.</returns>
    /// <exception cref="CognitoTokenValidationException">The token was rejected; <see cref="CognitoTokenValidationException.Reason"/> says why.</exception>
    public static async ValueTask<CognitoTokenClaims> ValidateOrThrowAsync(
        this ICognitoTokenValidator validator, string token, CognitoTokenUse expectedUse, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(validator);
        var result = await validator.ValidateAsync(token, expectedUse, cancellationToken).ConfigureAwait(false);
        return result.IsValid
            ? result.Claims
            : throw new CognitoTokenValidationException(result.RejectionReason ?? TokenRejectionReason.Malformed, result.Message);
    }
}
