using CognitoKit.Testing.Host;
using CognitoKit.Testing.IdentityPools;

namespace CognitoKit.Testing.Sts;

/// <summary>Checks a web identity token given to AssumeRoleWithWebIdentity: one of this emulator's identity-pool OpenID tokens.</summary>
internal static class WebIdentityTokens
{
    private const string NotValidated = "The web identity token that was passed could not be validated by AWS. Get a new identity token from the identity provider and then retry the request.";
    private const string Expired = "The web identity token that was passed is expired or is not valid. Get a new identity token from the identity provider and then retry the request.";

    public static WebIdentity Validate(EmulatorState state, IdentityStore store, string token)
    {
        var jwt = JwtParts.TryParse(token) ?? throw new StsException("InvalidIdentityToken", NotValidated);
        var issuer = OpenIdTokens.Issuer(state);
        if (jwt.String("iss") != issuer || jwt.HeaderString("kid") != store.OpenIdKey.KeyId || !jwt.IsSignedBy(store.OpenIdKey))
        {
            throw new StsException("InvalidIdentityToken", NotValidated);
        }

        if (jwt.Seconds("exp") is not { } exp || state.Now.ToUnixTimeSeconds() >= exp)
        {
            throw new StsException("ExpiredTokenException", Expired);
        }

        var audiences = jwt.Audiences();
        if (audiences.Count != 1 || jwt.String("sub") is not { } subject)
        {
            throw new StsException("InvalidIdentityToken", NotValidated);
        }

        var amr = jwt.Claims["amr"] is System.Text.Json.Nodes.JsonArray list
            ? list.Select(n => n?.ToString()).ToList()
            : [];
        return new WebIdentity(subject, audiences[0], issuer, amr.Contains("authenticated"));
    }
}
