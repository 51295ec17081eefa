using System.Runtime.CompilerServices;
using CognitoKit.Protocol.UserPools;
using CognitoKit.Shared;

namespace CognitoKit;

public sealed partial class CognitoAdmin
{
    private const int MaxPageSize = 60;

    /// <summary>Creates a group (<c>CreateGroup</c>).</summary>
    /// <param name="groupName">The name, unique in the pool: 1 to 128 characters, no white space.</param>
    /// <param name="description">A description; optional.</param>
    /// <param name="precedence">
    /// The precedence, 0 or more: lower values come first in <c>cognito:groups</c> and decide <c>cognito:preferred_role</c>;
    /// null for none (the group comes after every group with one).
    /// </param>
    /// <param name="roleArn">The IAM role of the group's members in identity pools; optional.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new group.</returns>
    /// <exception cref="ArgumentException">A name, description or role ARN Cognito would refuse.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="precedence"/> is negative.</exception>
    /// <exception cref="CognitoException">For example <c>GroupExistsException</c>.</exception>
    public async Task<CognitoGroup> CreateGroupAsync(
        string groupName, string? description = null, int? precedence = null, string? roleArn = null, CancellationToken cancellationToken = default)
    {
        CheckGroupName(groupName, nameof(groupName));
        CheckGroupSettings(description, precedence, roleArn);
        CreateGroupResponse response = await _client.CreateGroupAsync(
            new CreateGroupRequest { UserPoolId = _app.UserPoolId, GroupName = groupName, Description = description, Precedence = precedence, RoleArn = roleArn },
            cancellationToken).ConfigureAwait(false);
        return CognitoGroup.From(response.Group);
    }

    /// <summary>Reads a group (<c>GetGroup</c>).</summary>
    /// <param name="groupName">The group's name.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The group.</returns>
    /// <exception cref="CognitoException">For example <c>ResourceNotFoundException</c> when there is no such group.</exception>
    public async Task<CognitoGroup> GetGroupAsync(string groupName, CancellationToken cancellationToken = default)
    {
        CheckGroupName(groupName, nameof(groupName));
        GetGroupResponse response = await _client.GetGroupAsync(new GetGroupRequest { UserPoolId = _app.UserPoolId, GroupName = groupName }, cancellationToken).ConfigureAwait(false);
        return CognitoGroup.From(response.Group);
    }

    /// <summary>Changes a group (<c>UpdateGroup</c>); what is passed as null is left as it is.</summary>
    /// <param name="groupName">The group's name.</param>
    /// <param name="description">The new description, or null to keep it.</param>
    /// <param name="precedence">The new precedence (0 or more), or null to keep it.</param>
    /// <param name="roleArn">The new IAM role, or null to keep it.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The group as changed.</returns>
    /// <exception cref="ArgumentException">A description or role ARN Cognito would refuse.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="precedence"/> is negative.</exception>
    public async Task<CognitoGroup> UpdateGroupAsync(
        string groupName, string? description = null, int? precedence = null, string? roleArn = null, CancellationToken cancellationToken = default)
    {
        CheckGroupName(groupName, nameof(groupName));
        CheckGroupSettings(description, precedence, roleArn);
        UpdateGroupResponse response = await _client.UpdateGroupAsync(
            new UpdateGroupRequest { UserPoolId = _app.UserPoolId, GroupName = groupName, Description = description, Precedence = precedence, RoleArn = roleArn },
            cancellationToken).ConfigureAwait(false);
        return CognitoGroup.From(response.Group);
    }

    /// <summary>Deletes a group (<c>DeleteGroup</c>); its members' next tokens no longer name it.</summary>
    /// <param name="groupName">The group's name.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the group is deleted.</returns>
    public async Task DeleteGroupAsync(string groupName, CancellationToken cancellationToken = default)
    {
        CheckGroupName(groupName, nameof(groupName));
        await _client.DeleteGroupAsync(new DeleteGroupRequest { UserPoolId = _app.UserPoolId, GroupName = groupName }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Every group of the pool (<c>ListGroups</c>, page after page as they are read).</summary>
    /// <param name="cancellationToken">Cancels the listing.</param>
    /// <returns>The groups.</returns>
    public IAsyncEnumerable<CognitoGroup> ListGroupsAsync(CancellationToken cancellationToken = default) =>
        AllAsync<CognitoGroup>((token, ct) => ListGroupsPageAsync(token, null, ct), cancellationToken);

    /// <summary>One page of the pool's groups (<c>ListGroups</c>).</summary>
    /// <param name="nextToken">The <see cref="CognitoPage{T}.NextToken"/> of the previous page; null for the first.</param>
    /// <param name="limit">At most this many groups (1 to 60); null for Cognito's default.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="limit"/> is not between 1 and 60.</exception>
    public async Task<CognitoPage<CognitoGroup>> ListGroupsPageAsync(string? nextToken = null, int? limit = null, CancellationToken cancellationToken = default)
    {
        CheckPage(nextToken, limit);
        ListGroupsResponse response = await _client.ListGroupsAsync(
            new ListGroupsRequest { UserPoolId = _app.UserPoolId, NextToken = nextToken, Limit = limit }, cancellationToken).ConfigureAwait(false);
        return new CognitoPage<CognitoGroup>([.. (response.Groups ?? []).Select(CognitoGroup.From)], response.NextToken);
    }

    /// <summary>Adds a user to a group (<c>AdminAddUserToGroup</c>); their next tokens name it.</summary>
    /// <param name="username">The username (or an alias the pool accepts).</param>
    /// <param name="groupName">The group's name.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the user is a member.</returns>
    public async Task AddUserToGroupAsync(string username, string groupName, CancellationToken cancellationToken = default)
    {
        InputChecks.Username(username, nameof(username));
        CheckGroupName(groupName, nameof(groupName));
        await _client.AdminAddUserToGroupAsync(
            new AdminAddUserToGroupRequest { UserPoolId = _app.UserPoolId, Username = username, GroupName = groupName }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Removes a user from a group (<c>AdminRemoveUserFromGroup</c>); tokens already issued still name it until they expire.</summary>
    /// <param name="username">The username (or an alias the pool accepts).</param>
    /// <param name="groupName">The group's name.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the user is no longer a member.</returns>
    public async Task RemoveUserFromGroupAsync(string username, string groupName, CancellationToken cancellationToken = default)
    {
        InputChecks.Username(username, nameof(username));
        CheckGroupName(groupName, nameof(groupName));
        await _client.AdminRemoveUserFromGroupAsync(
            new AdminRemoveUserFromGroupRequest { UserPoolId = _app.UserPoolId, Username = username, GroupName = groupName }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Every member of a group (<c>ListUsersInGroup</c>, page after page as they are read).</summary>
    /// <param name="groupName">The group's name.</param>
    /// <param name="cancellationToken">Cancels the listing.</param>
    /// <returns>The members, with status, enabled flag and dates.</returns>
    public IAsyncEnumerable<CognitoUser> ListUsersInGroupAsync(string groupName, CancellationToken cancellationToken = default)
    {
        CheckGroupName(groupName, nameof(groupName));
        return AllAsync<CognitoUser>((token, ct) => ListUsersInGroupPageAsync(groupName, token, null, ct), cancellationToken);
    }

    /// <summary>One page of a group's members (<c>ListUsersInGroup</c>).</summary>
    /// <param name="groupName">The group's name.</param>
    /// <param name="nextToken">The <see cref="CognitoPage{T}.NextToken"/> of the previous page; null for the first.</param>
    /// <param name="limit">At most this many users (1 to 60); null for Cognito's default.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page.</returns>
    public async Task<CognitoPage<CognitoUser>> ListUsersInGroupPageAsync(string groupName, string? nextToken = null, int? limit = null, CancellationToken cancellationToken = default)
    {
        CheckGroupName(groupName, nameof(groupName));
        CheckPage(nextToken, limit);
        ListUsersInGroupResponse response = await _client.ListUsersInGroupAsync(
            new ListUsersInGroupRequest { UserPoolId = _app.UserPoolId, GroupName = groupName, NextToken = nextToken, Limit = limit }, cancellationToken).ConfigureAwait(false);
        return new CognitoPage<CognitoUser>([.. (response.Users ?? []).Select(CognitoUser.From)], response.NextToken);
    }

    /// <summary>Every group a user belongs to (<c>AdminListGroupsForUser</c>, page after page as they are read).</summary>
    /// <param name="username">The username (or an alias the pool accepts).</param>
    /// <param name="cancellationToken">Cancels the listing.</param>
    /// <returns>The user's groups.</returns>
    public IAsyncEnumerable<CognitoGroup> ListGroupsForUserAsync(string username, CancellationToken cancellationToken = default)
    {
        InputChecks.Username(username, nameof(username));
        return AllAsync<CognitoGroup>((token, ct) => ListGroupsForUserPageAsync(username, token, null, ct), cancellationToken);
    }

    /// <summary>One page of the groups a user belongs to (<c>AdminListGroupsForUser</c>).</summary>
    /// <param name="username">The username (or an alias the pool accepts).</param>
    /// <param name="nextToken">The <see cref="CognitoPage{T}.NextToken"/> of the previous page; null for the first.</param>
    /// <param name="limit">At most this many groups (1 to 60); null for Cognito's default.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page.</returns>
    public async Task<CognitoPage<CognitoGroup>> ListGroupsForUserPageAsync(string username, string? nextToken = null, int? limit = null, CancellationToken cancellationToken = default)
    {
        InputChecks.Username(username, nameof(username));
        CheckPage(nextToken, limit);
        AdminListGroupsForUserResponse response = await _client.AdminListGroupsForUserAsync(
            new AdminListGroupsForUserRequest { UserPoolId = _app.UserPoolId, Username = username, NextToken = nextToken, Limit = limit }, cancellationToken).ConfigureAwait(false);
        return new CognitoPage<CognitoGroup>([.. (response.Groups ?? []).Select(CognitoGroup.From)], response.NextToken);
    }

    private static async IAsyncEnumerable<T> AllAsync<T>(
        Func<string?, CancellationToken, Task<CognitoPage<T>>> page, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        string? token = null;
        do
        {
            CognitoPage<T> current = await page(token, cancellationToken).ConfigureAwait(false);
            foreach (T item in current.Items)
            {
                yield return item;
            }

            token = current.NextToken;
        }
        while (token is not null);
    }

    private static void CheckPage(string? nextToken, int? limit)
    {
        if (nextToken is { Length: 0 })
        {
            throw new ArgumentException("The page token must not be empty: pass null for the first page.", nameof(nextToken));
        }

        if (limit is < 1 or > MaxPageSize)
        {
            throw new ArgumentOutOfRangeException(nameof(limit), limit, $"Cognito returns 1 to {MaxPageSize} items a page.");
        }
    }

    private static void CheckGroupName(string groupName, string parameterName)
    {
        InputChecks.NotEmpty(groupName, parameterName, "group name");
        if (groupName.Length > 128 || groupName.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
        {
            throw new ArgumentException("A group name is 1 to 128 characters with no white space or control characters.", parameterName);
        }
    }

    private static void CheckGroupSettings(string? description, int? precedence, string? roleArn)
    {
        if (description is { Length: > 2048 })
        {
            throw new ArgumentException("A group description is at most 2048 characters.", nameof(description));
        }

        if (precedence is < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(precedence), precedence, "A group precedence is 0 or more (0 comes first).");
        }

        if (roleArn is not null && (roleArn.Length is < 20 or > 2048 || !roleArn.StartsWith("arn:", StringComparison.Ordinal)))
        {
            throw new ArgumentException("The role must be an IAM role ARN, such as arn:aws:iam::123456789012:role/readers.", nameof(roleArn));
        }
    }
}
