using CognitoKit.AspNetCore;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace CognitoKit.AspNetCore.Tests.Passkeys;

/// <summary>
/// The C# blocks of docs/passkeys.md, line for line, so a snippet that stops compiling breaks the build.
/// <c>CognitoKit.Tests.Docs.DocSnippetMirrorTests</c> checks that every line of the page is here.
/// </summary>
internal static class PasskeyDocSnippets
{
    // Passkeys: the account endpoints
    public static void Account(WebApplicationBuilder builder, WebApplication app)
    {
        builder.Services.AddHttpContextCognitoSession();

        var passkeys = app.MapGroup("/account/passkeys").RequireAuthorization();
        passkeys.MapPost("/options", async (ICognitoKit cognito, ICognitoSessionAccessor current, CancellationToken ct) =>
        {
            CognitoSession session = await current.GetSessionAsync(ct) ?? throw new InvalidOperationException("Not signed in.");
            return Results.Text(await cognito.Account(session).Passkeys.StartRegistrationAsync(ct), "application/json");
        });
        passkeys.MapPost("/", async (HttpRequest request, ICognitoKit cognito, ICognitoSessionAccessor current, CancellationToken ct) =>
        {
            CognitoSession session = await current.GetSessionAsync(ct) ?? throw new InvalidOperationException("Not signed in.");
            using var body = new StreamReader(request.Body);
            await cognito.Account(session).Passkeys.CompleteRegistrationAsync(await body.ReadToEndAsync(ct), ct);
            return Results.NoContent();
        });
        passkeys.MapGet("/", async (ICognitoKit cognito, ICognitoSessionAccessor current, CancellationToken ct) =>
        {
            CognitoSession session = await current.GetSessionAsync(ct) ?? throw new InvalidOperationException("Not signed in.");
            IReadOnlyList<CognitoPasskey> list = await cognito.Account(session).Passkeys.ListAsync(ct);
            CognitoAuthFactors factors = await cognito.Account(session).GetAuthFactorsAsync(ct);
            return Results.Ok(new { passkeys = list, factors.ConfiguredFactors });
        });
        passkeys.MapDelete("/{credentialId}", async (string credentialId, ICognitoKit cognito, ICognitoSessionAccessor current, CancellationToken ct) =>
        {
            CognitoSession session = await current.GetSessionAsync(ct) ?? throw new InvalidOperationException("Not signed in.");
            await cognito.Account(session).Passkeys.DeleteAsync(credentialId, ct);
            return Results.NoContent();
        });
    }

    // Passkeys: sign-in through the web sign-in
    public static void SignIn(WebApplication app)
    {
        app.MapPost("/sign-in/passkey", async (HttpContext http, ICognitoWebSignIn web) =>
        {
            IFormCollection form = await http.Request.ReadFormAsync();
            CognitoWebSignInResult result = await web.SignInWithPasskeyAsync(http, form["username"].ToString());
            return result.Challenge is PasskeyRequired passkey
                ? Results.Text(passkey.RequestOptionsJson, "application/json")
                : Results.BadRequest(result.Error ?? "Sign in another way.");
        });
        app.MapPost("/sign-in/passkey/answer", async (HttpContext http, ICognitoWebSignIn web) =>
        {
            using var body = new StreamReader(http.Request.Body);
            string credential = await body.ReadToEndAsync();
            CognitoWebSignInResult result = await web.AnswerAsync(http, (challenge, ct) => ((PasskeyRequired)challenge).AnswerAsync(credential, ct));
            return result.Status == CognitoWebSignInStatus.SignedIn ? Results.NoContent() : Results.BadRequest(result.Error);
        });
    }
}
