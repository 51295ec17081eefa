namespace CognitoKit;

/// <summary>One page of a listing, and the token that asks for the next one.</summary>
/// <typeparam name="T">The kind of item listed.</typeparam>
/// <param name="Items">The items of this page (possibly none even when more follow).</param>
/// <param name="NextToken">
/// Pass it to the same listing call for the next page; null when this is the last page. It is opaque and only valid for
/// the same call with the same arguments.
/// </param>
public sealed record CognitoPage<T>(IReadOnlyList<T> Items, string? NextToken)
{
    /// <summary>True when another page follows (<see cref="NextToken"/> is set).</summary>
    public bool HasMore => NextToken is not null;

    /// <summary>Describes the page by its size; the token is left out (it can encode a username).</summary>
    /// <returns>The item count and whether more follow.</returns>
    public override string ToString() => $"CognitoPage {{ Count = {Items.Count}, HasMore = {HasMore} }}";
}
