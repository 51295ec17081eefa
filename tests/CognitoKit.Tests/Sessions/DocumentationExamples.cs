using System.Net.Http.Headers;
using CognitoKit.Tokens;
using Microsoft.Extensions.DependencyInjection;

namespace CognitoKit.Tests.Sessions;

/// <summary>
/// The examples of docs/tokens.md that need no ASP.NET Core, kept here so they compile with every build. Not run: they
/// need a real user pool. (The minimal-API, IDistributedCache and JwtBearer examples were compiled separately.)
/// </summary>
internal static class DocumentationExamples
{
    public static async Task UseSessionAsync(ICognitoKit cognito, HttpClient http, string password, CancellationToken ct)
    {
        SignInStep step = await cognito.SignIn("alice@example.com", password).SendAsync(ct);
        if (step is SignedIn signedIn)
        {
            CognitoSession session = signedIn.Session;
            CognitoTokens tokens = await session.GetValidTokensAsync(ct);
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokens.AccessToken);
        }
    }

    public static void Configure(IServiceCollection services)
    {
        services.AddCognitoKit(o =>
        {
            o.UserPoolId = "eu-west-1_AbC123";
            o.ClientId = "4tq8exampleclientid";
            o.RefreshMargin = TimeSpan.FromMinutes(2);
            o.RefreshTokenRotation = true;
        });
        services.AddCognitoTokenValidation(o =>
        {
            o.UserPoolId = "eu-west-1_AbC123";
            o.AllowedClientIds.Add("4tq8exampleclientid");
            o.RequiredScopes.Add("orders/read");
        });
    }

    public static async Task<bool> HandleFailuresAsync(CognitoSession session, CancellationToken ct)
    {
        try
        {
            CognitoTokens tokens = await session.GetValidTokensAsync(ct);
            return tokens.AccessToken.Length > 0;
        }
        catch (CognitoSessionExpiredException)
        {
            return false; // send the user to the sign-in page
        }
        catch (CognitoException ex) when (ex.IsTransient)
        {
            return false; // try again later; the session is intact
        }
    }

    public static async Task<string?> BackEndAsync(ICognitoKit cognito, SignedIn signedIn, string userId, CancellationToken ct)
    {
        await cognito.Sessions.SaveAsync(userId, signedIn.Session, ct);

        CognitoSession? session = await cognito.Sessions.GetAsync(userId, ct);
        if (session is null)
        {
            return null; // redirect to sign-in
        }

        CognitoTokens tokens = await session.GetValidTokensAsync(ct);

        await cognito.Account(session).RevokeRefreshTokenAsync(ct);
        await cognito.Sessions.RemoveAsync(userId, ct);
        return tokens.AccessToken;
    }

    public static async Task<string?> ValidateAsync(ICognitoTokenValidator tokens, string bearer, CancellationToken ct)
    {
        CognitoTokenValidationResult result = await tokens.ValidateAsync(bearer, CognitoTokenUse.Access, ct);
        return result.IsValid ? result.Claims.Subject : null;
    }
}
