using System.Text;
using CognitoKit.Testing.Host;
using Microsoft.IdentityModel.Tokens;

namespace CognitoKit.Testing.UserPools;

/// <summary>
/// Pages of a listing ordered by a unique key. The token names the last key handed out, so a page chain never repeats an
/// item even when items are added or removed between calls.
/// </summary>
internal static class Paging
{
    public const int MaxLimit = 60;

    public static (IReadOnlyList<string> Page, string? Next) Page(IEnumerable<string> orderedKeys, long? limit, string? token)
    {
        if (limit is < 0 or > MaxLimit)
        {
            throw AwsServiceException.InvalidParameter($"1 validation error detected: Value '{limit}' at 'limit' failed to satisfy constraint: Member must have value {(limit < 0 ? "greater than or equal to 0" : "less than or equal to " + MaxLimit)}");
        }

        var size = limit is null or 0 ? MaxLimit : (int)limit;
        var after = token is null ? null : Decode(token);
        var rest = after is null ? orderedKeys : orderedKeys.Where(k => string.CompareOrdinal(k, after) > 0);
        var page = rest.Take(size + 1).ToList();
        if (page.Count <= size)
        {
            return (page, null);
        }

        page.RemoveAt(size);
        return (page, Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes("page:" + page[^1])));
    }

    private static string Decode(string token)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Base64UrlEncoder.DecodeBytes(token));
            if (text.StartsWith("page:", StringComparison.Ordinal))
            {
                return text["page:".Length..];
            }
        }
        catch (FormatException)
        {
        }

        throw AwsServiceException.InvalidParameter("Invalid pagination token.");
    }
}
