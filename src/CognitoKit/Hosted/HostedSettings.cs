namespace CognitoKit.Hosted;

/// <summary>The hosted-UI settings in effect: <see cref="CognitoHostedUIOptions"/> with gaps filled from <see cref="CognitoKitOptions"/>.</summary>
internal sealed record HostedSettings(Uri? Domain, string? ClientId, string? ClientSecret, Uri? RedirectUri, Uri? LogoutUri, IReadOnlyList<string> Scopes, TimeSpan RenewBefore)
{
    public static HostedSettings From(CognitoHostedUIOptions hosted, CognitoKitOptions kit) => new(
        hosted.Domain,
        string.IsNullOrEmpty(hosted.ClientId) ? NullIfEmpty(kit.ClientId) : hosted.ClientId,
        string.IsNullOrEmpty(hosted.ClientSecret) ? NullIfEmpty(kit.ClientSecret) : hosted.ClientSecret,
        hosted.RedirectUri,
        hosted.LogoutUri,
        [.. hosted.Scopes],
        hosted.ClientCredentialsRenewBefore);

    public Uri RequireDomain() => Domain is { IsAbsoluteUri: true } domain
        ? domain
        : throw new InvalidOperationException($"{CognitoHostedUIOptions.SectionName}:Domain is not set; expected an absolute address such as https://my-app.auth.eu-west-1.amazoncognito.com.");

    public string RequireClientId() => ClientId
        ?? throw new InvalidOperationException($"{CognitoHostedUIOptions.SectionName}:ClientId (or {CognitoKitOptions.SectionName}:ClientId) is not set.");

    /// <summary>An endpoint of the domain; a domain given with a path (an emulator prefix) keeps it.</summary>
    public Uri Endpoint(string path)
    {
        string root = RequireDomain().AbsoluteUri;
        return new Uri(root.EndsWith('/') ? root + path : root + "/" + path);
    }

    public override string ToString() => $"HostedSettings {{ Domain = {Domain}, ClientId = {ClientId}, ClientSecret = {(ClientSecret is null ? "null" : "***")} }}";

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
