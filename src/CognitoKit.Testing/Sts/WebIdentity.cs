namespace CognitoKit.Testing.Sts;

/// <summary>What a validated web identity token says: who (<c>sub</c>), for which identity pool (<c>aud</c>), and how it signed in.</summary>
internal sealed record WebIdentity(string Subject, string Audience, string Issuer, bool Authenticated);
