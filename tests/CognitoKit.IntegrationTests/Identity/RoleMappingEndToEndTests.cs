using System.Text.Json.Nodes;
using Amazon.SecurityToken.Model;
using CognitoKit.Errors;
using CognitoKit.Testing;

namespace CognitoKit.IntegrationTests.Identity;

/// <summary>
/// Group roles reach AWS credentials: the user is in two groups with IAM roles, the identity pool chooses roles from the
/// token, and <c>cognito.Identity.ForSession</c> gets the preferred role by default, or the other group's role when it
/// asks for it, and STS answers as that role.
/// </summary>
public sealed class RoleMappingEndToEndTests
{
    private const string AdminRole = "arn:aws:iam::123456789012:role/admins";
    private const string EditorRole = "arn:aws:iam::123456789012:role/editors";

    [Fact]
    public async Task ForSession_WithTokenRoleMapping_GetsThePreferredGroupRole_OrTheAskedOneAmongTheUsersRoles()
    {
        await using IdentityWorld world = await IdentityWorld.StartAsync();
        await GroupAsync(world, "admins", AdminRole, precedence: 1);
        await GroupAsync(world, "editors", EditorRole, precedence: 7);
        await TokenRoleMappingAsync(world, "AuthenticatedRole");
        ICognitoKit kit = world.CreateKit();
        CognitoSession session = await world.SignInAsync(kit);

        GetCallerIdentityResponse preferred = await world.WhoAmIAsync(kit.Identity.ForSession(session));
        GetCallerIdentityResponse asked = await world.WhoAmIAsync(kit.Identity.ForSession(session, customRoleArn: EditorRole));

        Assert.Equal("arn:aws:sts::123456789012:assumed-role/admins/CognitoIdentityCredentials", preferred.Arn);
        Assert.Equal("arn:aws:sts::123456789012:assumed-role/editors/CognitoIdentityCredentials", asked.Arn);
    }

    [Fact]
    public async Task ForSession_AskingForARoleTheUserDoesNotHave_FailsWithNotAuthorized()
    {
        await using IdentityWorld world = await IdentityWorld.StartAsync();
        await GroupAsync(world, "editors", EditorRole, precedence: 7);
        await TokenRoleMappingAsync(world, "Deny");
        ICognitoKit kit = world.CreateKit();
        CognitoSession session = await world.SignInAsync(kit);

        var error = await Assert.ThrowsAnyAsync<CognitoException>(
            () => kit.Identity.ForSession(session, customRoleArn: AdminRole).GetCredentialsAsync());

        Assert.Equal("NotAuthorizedException", error.ErrorCode);
        Assert.Contains("custom role", error.Message, StringComparison.Ordinal);
    }

    /// <summary>Roles from the token for the world's app client, with the given <c>AmbiguousRoleResolution</c>.</summary>
    private static Task TokenRoleMappingAsync(IdentityWorld world, string ambiguousRoleResolution) =>
        world.IdentityPool.SetRolesAsync(IdentityWorld.SignedInRole, IdentityWorld.GuestRole, new JsonObject
        {
            [$"{world.Emulator.IdentityProviderName(world.Pool)}:{world.Client.ClientId}"] = new JsonObject
            {
                ["Type"] = "Token",
                ["AmbiguousRoleResolution"] = ambiguousRoleResolution,
            },
        });

    private static async Task GroupAsync(IdentityWorld world, string group, string role, int precedence)
    {
        await world.Emulator.InvokeAsync("CreateGroup", new JsonObject
        {
            ["UserPoolId"] = world.Pool.Id,
            ["GroupName"] = group,
            ["RoleArn"] = role,
            ["Precedence"] = precedence,
        });
        await world.Pool.AddUserToGroupAsync(world.Username, group);
    }
}
