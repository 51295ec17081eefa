using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using CognitoKit.Testing.UserPools;

namespace CognitoKit.Testing.OAuth;

/// <summary>
/// A stand-in for Google, Facebook, Apple, Amazon or an OIDC provider: a page that "signs in" whoever is typed and
/// makes (or finds) the federated user <c>{Provider}_{id}</c> in the pool, as Cognito does on first social sign-in.
/// </summary>
internal sealed class SocialStandIn
{
    private readonly OAuthDomain domain;
    private readonly AuthorizeEndpoint authorize;

    public SocialStandIn(OAuthDomain domain, AuthorizeEndpoint authorize)
    {
        this.domain = domain;
        this.authorize = authorize;
    }

    /// <summary>The provider of a <c>social/{provider}/authorize</c> route, or null.</summary>
    public static string? ProviderOf(string route)
    {
        var parts = route.Split('/');
        return parts.Length == 3 && parts[0] == "social" && parts[2] == "authorize" && parts[1].Length > 0 ? parts[1] : null;
    }

    public Task GetAsync(HttpContext context, string prefix, string provider)
    {
        if (Resolve(OAuthHttp.Query(context, "request"), provider) is not { } found)
        {
            return OAuthHttp.WriteHtmlAsync(context, HostedPages.Error("invalid_request", "This sign-in has expired or the provider is not enabled."), 400);
        }

        return OAuthHttp.WriteHtmlAsync(context, HostedPages.Social(prefix, found.Provider, found.Pending.Id, error: null));
    }

    public async Task PostAsync(HttpContext context, string prefix, string provider, IReadOnlyDictionary<string, string> form)
    {
        if (Resolve(form.GetValueOrDefault("request"), provider) is not { } found)
        {
            await OAuthHttp.WriteHtmlAsync(context, HostedPages.Error("invalid_request", "This sign-in has expired or the provider is not enabled."), 400).ConfigureAwait(false);
            return;
        }

        var email = form.GetValueOrDefault("email")?.Trim() ?? string.Empty;
        var name = form.GetValueOrDefault("name")?.Trim() ?? string.Empty;
        if (!email.Contains('@', StringComparison.Ordinal))
        {
            await OAuthHttp.WriteHtmlAsync(context, HostedPages.Social(prefix, found.Provider, found.Pending.Id, "Enter an email address."), 400).ConfigureAwait(false);
            return;
        }

        var sub = FederatedUser(found.Pool, found.Provider, email, name);
        authorize.Complete(context, found.Pending, sub, domain.State.Now);
    }

    private (PendingAuthorization Pending, UserPool Pool, string Provider)? Resolve(string? requestId, string provider)
    {
        if (requestId is null || !domain.Pending.TryGetValue(requestId, out var pending) || pending.ExpiresAt <= domain.State.Now
            || authorize.Find(pending.ClientId) is not { } found)
        {
            return null;
        }

        var name = OAuthClientSettings.Of(found.Client).SocialProvider(provider);
        return name is null ? null : (pending, found.Pool, name);
    }

    /// <summary>Finds or creates <c>{Provider}_{id}</c>, the id stable per email; returns its sub.</summary>
    private string FederatedUser(UserPool pool, string provider, string email, string name)
    {
        var externalId = BitConverter.ToUInt64(SHA256.HashData(Encoding.UTF8.GetBytes(provider + "|" + email.ToLowerInvariant()))).ToString(CultureInfo.InvariantCulture);
        var username = provider + "_" + externalId;
        var now = domain.State.Now;
        lock (pool.Gate)
        {
            if (!pool.Users.TryGetValue(username, out var user))
            {
                var sub = Guid.NewGuid().ToString();
                user = new User { Username = username, Sub = sub, CreateDate = now, LastModifiedDate = now, Status = "EXTERNAL_PROVIDER" };
                user.Attributes["sub"] = sub;
                var identities = new JsonArray(new JsonObject
                {
                    ["userId"] = externalId,
                    ["providerName"] = provider,
                    ["providerType"] = provider,
                    ["issuer"] = null,
                    ["primary"] = "true",
                    ["dateCreated"] = now.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture),
                });
                user.Attributes["identities"] = identities.ToJsonString();
                pool.Add(user);
            }

            // Attribute mapping runs at every federated sign-in, so changes at the provider reach the pool.
            user.Attributes["email"] = email;
            if (name.Length > 0)
            {
                user.Attributes["name"] = name;
            }

            user.LastModifiedDate = now;
            return user.Sub;
        }
    }
}
