namespace CognitoKit.Hosted;

/// <summary>The user's attributes from <c>/oauth2/userInfo</c>.</summary>
/// <param name="Subject">The user's <c>sub</c>.</param>
/// <param name="Claims">Every member of the answer; non-string values keep their JSON text.</param>
public sealed record HostedUserInfo(string Subject, IReadOnlyDictionary<string, string> Claims)
{
    /// <summary>The user name (<c>username</c>), if given.</summary>
    public string? Username => Claims.GetValueOrDefault("username");

    /// <summary>The email address, if given.</summary>
    public string? Email => Claims.GetValueOrDefault("email");

    /// <summary>The display name (<c>name</c>), if given.</summary>
    public string? Name => Claims.GetValueOrDefault("name");

    /// <summary>Describes the answer with its claim names only.</summary>
    /// <returns>A safe description.</returns>
    public override string ToString() => $"HostedUserInfo {{ Subject = {Subject}, Claims = [{string.Join(", ", Claims.Keys.Order(StringComparer.Ordinal))}] }}";
}
