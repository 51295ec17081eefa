namespace CognitoKit.AspNetCore;

/// <summary>
/// What a Cognito requirement found missing in this request, kept in <c>HttpContext.Items</c> so the scheme's forbidden
/// answer can say <c>error="insufficient_scope"</c> and name the scopes (RFC 6750, section 3.1).
/// </summary>
internal sealed record InsufficientPrivilege(string Description, string? Scope)
{
    public static readonly object ItemKey = new();

    public static void Record(object? resource, string description, string? scopes)
    {
        if (resource is not Microsoft.AspNetCore.Http.HttpContext http)
        {
            return;
        }

        // A scope failure says more to the client than a group failure, so it wins when both happen.
        if (http.Items.TryGetValue(ItemKey, out var existing) && existing is InsufficientPrivilege { Scope: not null } earlier)
        {
            if (scopes is not null)
            {
                http.Items[ItemKey] = earlier with { Scope = earlier.Scope + " " + scopes };
            }

            return;
        }

        http.Items[ItemKey] = new InsufficientPrivilege(description, scopes);
    }
}
