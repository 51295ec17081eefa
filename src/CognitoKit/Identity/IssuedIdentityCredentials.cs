using CognitoKit.Diagnostics;

namespace CognitoKit.Identity;

/// <summary>Credentials Cognito issued for an identity, with the identity they belong to.</summary>
internal sealed record IssuedIdentityCredentials(IdentityRef Identity, string AccessKeyId, string SecretKey, string SessionToken, DateTimeOffset Expiration)
{
    /// <summary>Never shows the secret key or session token.</summary>
    public override string ToString() =>
        $"IssuedIdentityCredentials {{ IdentityId = {Identity.Id}, AccessKeyId = {AccessKeyId}, SecretKey = {Redact.Secret(SecretKey)}, SessionToken = {Redact.Secret(SessionToken)}, Expiration = {Expiration:O} }}";
}
