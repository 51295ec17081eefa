using CognitoKit.SignIn.Srp;

namespace CognitoKit.Hosted;

/// <summary>The hosted-UI settings in effect: <see cref="CognitoHostedUIOptions"/> with gaps filled from <see cref="CognitoKitOptions"/>.</summary>
internal sealed record HostedSettings(Uri? Domain, string? ClientId, string? ClientSecret, Uri? RedirectUri, Uri? LogoutUri, IReadOnlyList<string> Scopes, TimeSpan RenewBefore)
{
    /// <summary>
    /// The settings in effect. A hosted-UI secret of its own comes with its own previous secret; otherwise both secrets are
    /// the façade's, read from <paramref name="kitSecrets"/> (the options monitor) when given.
    /// </summary>
    public static HostedSettings From(CognitoHostedUIOptions hosted, CognitoKitOptions kit, ClientSecrets? kitSecrets = null)
    {
        bool ownSecret = !string.IsNullOrEmpty(hosted.ClientSecret);
        kitSecrets ??= ClientSecrets.Fixed(kit);
        return new(
            hosted.Domain,
            string.IsNullOrEmpty(hosted.ClientId) ? NullIfEmpty(kit.ClientId) : hosted.ClientId,
            ownSecret ? hosted.ClientSecret : kitSecrets.Current,
            hosted.RedirectUri,
            hosted.LogoutUri,
            [.. hosted.Scopes],
            hosted.ClientCredentialsRenewBefore)
        {
            PreviousClientSecret = ownSecret ? NullIfEmpty(hosted.PreviousClientSecret) : kitSecrets.Previous,
        };
    }

    /// <summary>The app client's other secret during a rotation: sent once when the domain refuses <see cref="ClientSecret"/>.</summary>
    public string? PreviousClientSecret { get; init; }

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

    public override string ToString() => $"HostedSettings {{ Domain = {Domain}, ClientId = {ClientId}, ClientSecret = {(ClientSecret is null ? "null" : "***")}, PreviousClientSecret = {(PreviousClientSecret is null ? "null" : "***")} }}";

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
