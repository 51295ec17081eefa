namespace CognitoKit.Identity;

/// <summary>An identity id and where it came from, which decides whether it may be forgotten and asked for again.</summary>
/// <param name="Id">The identity id.</param>
/// <param name="Source">Where it came from.</param>
internal sealed record IdentityRef(string Id, IdentitySource Source);

/// <summary>Where an identity id came from.</summary>
internal enum IdentitySource
{
    /// <summary>From the identity id store or <c>GetId</c>: it may be forgotten and asked for again when Cognito no longer knows it.</summary>
    Remembered,

    /// <summary>Given by the caller for a guest: used as it is, never replaced.</summary>
    Explicit,

    /// <summary>A guest identity to carry into the user's identity on the first call that sends the user's login.</summary>
    GuestToLink,
}
