using CognitoKit.Protocol.UserPools;
using CognitoKit.Shared;
using CognitoKit.Tokens;

namespace CognitoKit;

public sealed partial class CognitoAdmin
{
    /// <summary>
    /// Every user of the pool, or those <paramref name="filter"/> matches (<c>ListUsers</c>, page after page as they are read).
    /// </summary>
    /// <param name="filter">One attribute to match, such as <c>UserFilter.EqualTo("email", "ann@example.com")</c>; null for every user.</param>
    /// <param name="attributesToGet">Only these attributes of each user; null for all.</param>
    /// <param name="cancellationToken">Cancels the listing.</param>
    /// <returns>The users, with status, enabled flag and dates.</returns>
    public IAsyncEnumerable<CognitoUser> ListUsersAsync(UserFilter? filter = null, IEnumerable<string>? attributesToGet = null, CancellationToken cancellationToken = default)
    {
        List<string>? attributes = AttributeNames(attributesToGet);
        return AllAsync<CognitoUser>((token, ct) => ListUsersPageCoreAsync(filter, attributes, token, null, ct), cancellationToken);
    }

    /// <summary>One page of the pool's users, or of those <paramref name="filter"/> matches (<c>ListUsers</c>).</summary>
    /// <param name="filter">One attribute to match; null for every user.</param>
    /// <param name="paginationToken">The <see cref="CognitoPage{T}.NextToken"/> of the previous page (same filter); null for the first.</param>
    /// <param name="limit">At most this many users (1 to 60); null for Cognito's default (60).</param>
    /// <param name="attributesToGet">Only these attributes of each user; null for all.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page; it may hold fewer users than <paramref name="limit"/> even when more follow.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="limit"/> is not between 1 and 60.</exception>
    public Task<CognitoPage<CognitoUser>> ListUsersPageAsync(
        UserFilter? filter = null, string? paginationToken = null, int? limit = null, IEnumerable<string>? attributesToGet = null, CancellationToken cancellationToken = default)
    {
        if (paginationToken is { Length: 0 })
        {
            throw new ArgumentException("The page token must not be empty: pass null for the first page.", nameof(paginationToken));
        }

        CheckPage(null, limit);
        return ListUsersPageCoreAsync(filter, AttributeNames(attributesToGet), paginationToken, limit, cancellationToken);
    }

    /// <summary>
    /// Disables a user (<c>AdminDisableUser</c>): they can no longer sign in or refresh, and every ID and access token
    /// they were issued is revoked for validators sharing the <see cref="ICognitoRevocationList"/>.
    /// </summary>
    /// <param name="username">The username (or an alias the pool accepts).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the user is disabled.</returns>
    public async Task DisableUserAsync(string username, CancellationToken cancellationToken = default)
    {
        InputChecks.Username(username, nameof(username));
        string? sub = await SubOfAsync(username, cancellationToken).ConfigureAwait(false);
        await _client.AdminDisableUserAsync(new AdminDisableUserRequest { UserPoolId = _app.UserPoolId, Username = username }, cancellationToken).ConfigureAwait(false);
        await RevokeAsync(sub, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Enables a disabled user again (<c>AdminEnableUser</c>); they sign in anew (revoked tokens stay revoked).</summary>
    /// <param name="username">The username (or an alias the pool accepts).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the user is enabled.</returns>
    public async Task EnableUserAsync(string username, CancellationToken cancellationToken = default)
    {
        InputChecks.Username(username, nameof(username));
        await _client.AdminEnableUserAsync(new AdminEnableUserRequest { UserPoolId = _app.UserPoolId, Username = username }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Resets a user's password (<c>AdminResetUserPassword</c>): the account becomes <c>RESET_REQUIRED</c> and Cognito
    /// sends a reset code to the user's verified email or phone. Sign-in then fails with
    /// <see cref="Errors.PasswordResetRequiredException"/> until the user sets a new password with the code
    /// (<see cref="ICognitoKit.ConfirmForgotPassword"/>).
    /// </summary>
    /// <param name="username">The username (or an alias the pool accepts).</param>
    /// <param name="clientMetadata">Passed to the Lambda triggers this call invokes; optional.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the code is sent.</returns>
    /// <exception cref="CognitoException">For example <c>InvalidParameterException</c> when the user has no verified email or phone.</exception>
    public async Task ResetUserPasswordAsync(string username, IReadOnlyDictionary<string, string>? clientMetadata = null, CancellationToken cancellationToken = default)
    {
        InputChecks.Username(username, nameof(username));
        await _client.AdminResetUserPasswordAsync(
            new AdminResetUserPasswordRequest { UserPoolId = _app.UserPoolId, Username = username, ClientMetadata = Metadata(clientMetadata) },
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Sets a user's attributes (<c>AdminUpdateUserAttributes</c>). Setting <c>email_verified</c> or
    /// <c>phone_number_verified</c> to <c>true</c> here marks the address verified without a code.
    /// </summary>
    /// <param name="username">The username (or an alias the pool accepts).</param>
    /// <param name="attributes">The attributes to set, by name.</param>
    /// <param name="clientMetadata">Passed to the Lambda triggers this call invokes; optional.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the attributes are set.</returns>
    /// <exception cref="ArgumentException">No attributes, or an empty name or null value.</exception>
    public async Task UpdateUserAttributesAsync(
        string username, IReadOnlyDictionary<string, string> attributes, IReadOnlyDictionary<string, string>? clientMetadata = null, CancellationToken cancellationToken = default)
    {
        InputChecks.Username(username, nameof(username));
        InputChecks.Attributes(attributes, nameof(attributes));
        await _client.AdminUpdateUserAttributesAsync(
            new AdminUpdateUserAttributesRequest
            {
                UserPoolId = _app.UserPoolId,
                Username = username,
                UserAttributes = WireMaps.Attributes(attributes)!,
                ClientMetadata = Metadata(clientMetadata),
            },
            cancellationToken).ConfigureAwait(false);
    }

    private async Task<CognitoPage<CognitoUser>> ListUsersPageCoreAsync(
        UserFilter? filter, List<string>? attributesToGet, string? paginationToken, int? limit, CancellationToken cancellationToken)
    {
        ListUsersResponse response = await _client.ListUsersAsync(
            new ListUsersRequest
            {
                UserPoolId = _app.UserPoolId,
                Filter = filter?.Expression,
                AttributesToGet = attributesToGet,
                PaginationToken = paginationToken,
                Limit = limit,
            },
            cancellationToken).ConfigureAwait(false);
        return new CognitoPage<CognitoUser>([.. (response.Users ?? []).Select(CognitoUser.From)], response.PaginationToken);
    }

    private static List<string>? AttributeNames(IEnumerable<string>? attributesToGet)
    {
        if (attributesToGet is null)
        {
            return null;
        }

        List<string> names = [.. attributesToGet];
        if (names.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("An attribute name to get is null, empty or white space.", nameof(attributesToGet));
        }

        return names;
    }

    private static Dictionary<string, string>? Metadata(IReadOnlyDictionary<string, string>? clientMetadata)
    {
        if (clientMetadata is null)
        {
            return null;
        }

        var checkedMetadata = new ClientMetadata();
        foreach (KeyValuePair<string, string> entry in clientMetadata)
        {
            checkedMetadata.Add(entry.Key, entry.Value);
        }

        return checkedMetadata.OrNull is { } all ? new Dictionary<string, string>(all, StringComparer.Ordinal) : null;
    }
}
