namespace CognitoKit.Hosted;

/// <summary>What to ask the user pool domain for in one sign-in; every member is optional.</summary>
public sealed record HostedSignInCommand
{
    /// <summary>
    /// Skips the hosted page and goes straight to this provider: one of <see cref="HostedIdentityProviders"/>, or the name
    /// of an OIDC or SAML provider of the user pool. Not with <see cref="IdpIdentifier"/>.
    /// </summary>
    public string? IdentityProvider { get; init; }

    /// <summary>An identifier of an OIDC or SAML provider (such as an email domain) that picks the provider. Not with <see cref="IdentityProvider"/>.</summary>
    public string? IdpIdentifier { get; init; }

    /// <summary>The scopes to ask for; null for <see cref="CognitoHostedUIOptions.Scopes"/>.</summary>
    public IReadOnlyList<string>? Scopes { get; init; }

    /// <summary>The redirect URI for this sign-in; null for <see cref="CognitoHostedUIOptions.RedirectUri"/>.</summary>
    public Uri? RedirectUri { get; init; }

    /// <summary>A user name or email to fill in on the sign-in page (<c>login_hint</c>).</summary>
    public string? LoginHint { get; init; }

    /// <summary>The <c>prompt</c> parameter, such as <c>login</c> to ask for the password even with a live domain session.</summary>
    public string? Prompt { get; init; }
}
