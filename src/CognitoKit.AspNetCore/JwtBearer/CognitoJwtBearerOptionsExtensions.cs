using CognitoKit.Tokens;
using Microsoft.AspNetCore.Authentication.JwtBearer;

namespace CognitoKit.AspNetCore;

/// <summary>Points an existing <c>AddJwtBearer</c> scheme at a Cognito user pool through a <see cref="CognitoTokenValidator"/>.</summary>
public static class CognitoJwtBearerOptionsExtensions
{
    /// <summary>
    /// Makes this JwtBearer scheme accept what <paramref name="validator"/> accepts for <paramref name="tokenUse"/>, and
    /// nothing else: the <see cref="JwtBearerOptions.TokenValidationParameters"/> come from
    /// <see cref="CognitoTokenValidationParameters.Create"/>, and the pool's signing keys are loaded through the validator's
    /// JWKS cache before JwtBearer needs them (on the first request, and when a token names a key not seen yet).
    /// </summary>
    /// <param name="options">The JwtBearer options; <see cref="JwtBearerOptions.Authority"/> and
    /// <see cref="JwtBearerOptions.MetadataAddress"/> must stay unset, so no second fetcher downloads the keys.</param>
    /// <param name="validator">The validator whose pool, clients, skew, checks and key cache apply; share one per pool.</param>
    /// <param name="tokenUse">The kind of token accepted. Default <see cref="CognitoTokenUse.Access"/>.</param>
    /// <returns><paramref name="options"/>, for chaining.</returns>
    /// <remarks>Claims keep Cognito's names (<see cref="JwtBearerOptions.MapInboundClaims"/> is turned off). Call it after
    /// assigning <see cref="JwtBearerOptions.Events"/>: it wraps <c>OnMessageReceived</c> of the events present, running
    /// yours first.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> or <paramref name="validator"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tokenUse"/> is neither access nor ID.</exception>
    /// <exception cref="InvalidOperationException">An authority or metadata address is set.</exception>
    public static JwtBearerOptions UseCognito(this JwtBearerOptions options, CognitoTokenValidator validator, CognitoTokenUse tokenUse = CognitoTokenUse.Access)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(validator);
        if (!string.IsNullOrEmpty(options.Authority) || !string.IsNullOrEmpty(options.MetadataAddress))
        {
            throw new InvalidOperationException(
                "UseCognito takes the signing keys from the Cognito validator; leave JwtBearerOptions.Authority and MetadataAddress unset.");
        }

        options.TokenValidationParameters = CognitoTokenValidationParameters.Create(validator, tokenUse);
        options.MapInboundClaims = false;
        options.Events ??= new JwtBearerEvents();
        Func<MessageReceivedContext, Task> previous = options.Events.OnMessageReceived;
        options.Events.OnMessageReceived = async context =>
        {
            await previous(context).ConfigureAwait(false);
            if (context.Result is not null)
            {
                return;
            }

            string? token = context.Token ?? BearerHeader.Read(context.Request);
            if (string.IsNullOrEmpty(token))
            {
                return;
            }

            // Key lookups inside Microsoft.IdentityModel are synchronous: load a key the cache lacks here, asynchronously,
            // through the validator's single-flight, rate-limited JWKS fetch. Whatever else is wrong is refused later.
            if (validator.NamesUncachedKey(token))
            {
                await validator.ValidateAsync(token, tokenUse, context.HttpContext.RequestAborted).ConfigureAwait(false);
            }

            context.Token = token;
        };
        return options;
    }
}
