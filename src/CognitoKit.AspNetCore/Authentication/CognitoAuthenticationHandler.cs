using System.Text.Encodings.Web;
using CognitoKit.Tokens;
using CognitoKit.Tokens.Validation;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CognitoKit.AspNetCore;

/// <summary>
/// Authenticates <c>Authorization: Bearer</c> requests with CognitoKit's validator, and answers challenges the way
/// RFC 6750 asks: a plain <c>Bearer</c> challenge when no token came, <c>error="invalid_token"</c> with a fixed
/// description per failure when one did.
/// </summary>
internal sealed class CognitoAuthenticationHandler : AuthenticationHandler<CognitoAuthenticationOptions>
{
    private readonly CognitoValidatorProvider _validators;

    public CognitoAuthenticationHandler(
        IOptionsMonitor<CognitoAuthenticationOptions> options, ILoggerFactory logger, UrlEncoder encoder, CognitoValidatorProvider validators)
        : base(options, logger, encoder)
    {
        _validators = validators;
    }

    private new CognitoAuthenticationEvents Events => (CognitoAuthenticationEvents)base.Events!;

    protected override Task<object> CreateEventsAsync() => Task.FromResult<object>(new CognitoAuthenticationEvents());

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var received = new CognitoMessageReceivedContext(Context, Scheme, Options);
        await Events.MessageReceivedAsync(received).ConfigureAwait(false);
        if (received.Result is not null)
        {
            return received.Result;
        }

        var token = received.Token ?? BearerHeader.Read(Request);
        if (string.IsNullOrEmpty(token))
        {
            return AuthenticateResult.NoResult();
        }

        var validator = _validators.Get(Scheme.Name, Options);
        var result = await validator.ValidateAsync(token, Options.TokenUse, Context.RequestAborted).ConfigureAwait(false);
        if (!result.IsValid)
        {
            var reason = result.RejectionReason ?? TokenRejectionReason.Malformed;
            AuthenticationLog.TokenRejected(Logger, Scheme.Name, reason, result.Message);
            var failed = new CognitoAuthenticationFailedContext(Context, Scheme, Options, new CognitoTokenValidationException(reason, result.Message));
            await Events.AuthenticationFailedAsync(failed).ConfigureAwait(false);
            return failed.Result ?? AuthenticateResult.Fail(failed.Exception);
        }

        var validated = new CognitoTokenValidatedContext(Context, Scheme, Options, result.Claims)
        {
            // The identity names this scheme, as ASP.NET Core's own handlers do; the default scheme shares the claims' principal.
            Principal = result.Claims.ToPrincipal(Scheme.Name),
            Properties = new AuthenticationProperties(),
        };
        if (Options.SaveToken)
        {
            validated.Properties.StoreTokens([new AuthenticationToken { Name = Options.TokenUse == CognitoTokenUse.Id ? "id_token" : "access_token", Value = token }]);
        }

        await Events.TokenValidatedAsync(validated).ConfigureAwait(false);
        if (validated.Result is not null)
        {
            return validated.Result;
        }

        AuthenticationLog.TokenValidated(Logger, Scheme.Name, result.Claims.Subject, result.Claims.ClientId);
        validated.Success();
        return validated.Result!;
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var authenticated = await HandleAuthenticateOnceSafeAsync().ConfigureAwait(false);
        var challenge = new CognitoChallengeContext(Context, Scheme, Options, properties) { AuthenticateFailure = authenticated.Failure };
        if (authenticated.Failure is CognitoTokenValidationException rejection)
        {
            (challenge.StatusCode, challenge.Error, challenge.ErrorDescription) = BearerChallenge.For(rejection.Reason, Options.TokenUse);
        }
        else if (authenticated.Failure is not null)
        {
            // A failure from an event or elsewhere: its message is not ours to vouch for, so only the error code is sent.
            challenge.Error = BearerChallenge.InvalidToken;
        }

        await Events.ChallengeAsync(challenge).ConfigureAwait(false);
        if (challenge.Handled)
        {
            return;
        }

        BearerChallenge.Write(Response, challenge.StatusCode, Options.Realm, challenge.Error, challenge.ErrorDescription, scope: null);
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        if (Context.Items.TryGetValue(InsufficientPrivilege.ItemKey, out var value) && value is InsufficientPrivilege missing)
        {
            BearerChallenge.Write(Response, 403, Options.Realm, BearerChallenge.InsufficientScope, missing.Description, missing.Scope);
            return Task.CompletedTask;
        }

        Response.StatusCode = 403;
        return Task.CompletedTask;
    }
}
