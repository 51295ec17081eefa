namespace CognitoKit.IntegrationTests.Demo;

/// <summary>
/// The snippets of docs/admin.md, line for line, so a snippet that stops compiling breaks the build;
/// <c>AdminSnippetsTests</c> runs them against the emulator. <c>CognitoKit.Tests.Docs.DocSnippetMirrorTests</c> checks
/// that every line of the page is here.
/// </summary>
internal static class AdminSnippets
{
    // Guide: groups
    public static async Task GroupsAsync(ICognitoKit cognito, string editorRole, string readerRole, CancellationToken cancellationToken)
    {
        CognitoGroup editors = await cognito.Admin.CreateGroupAsync("editors", "People who edit", precedence: 1, roleArn: editorRole, cancellationToken: cancellationToken);
        await cognito.Admin.CreateGroupAsync("readers", precedence: 5, roleArn: readerRole, cancellationToken: cancellationToken);
        await cognito.Admin.UpdateGroupAsync("readers", description: "People who read", cancellationToken: cancellationToken);   // null leaves a setting as it is
        await cognito.Admin.AddUserToGroupAsync("ann", "editors", cancellationToken);
        await cognito.Admin.AddUserToGroupAsync("ann", "readers", cancellationToken);

        await foreach (CognitoUser member in cognito.Admin.ListUsersInGroupAsync("editors", cancellationToken))
        {
            Console.WriteLine(member.Username);
        }

        await foreach (CognitoGroup group in cognito.Admin.ListGroupsForUserAsync("ann", cancellationToken))
        {
            Console.WriteLine($"{group.GroupName} {group.Precedence}");
        }

        await cognito.Admin.RemoveUserFromGroupAsync("ann", "readers", cancellationToken);
        await cognito.Admin.DeleteGroupAsync("readers", cancellationToken);
        Console.WriteLine(editors.GroupName);
    }

    // Guide: finding users
    public static async Task<(CognitoPage<CognitoUser> Page, CognitoPage<CognitoUser> Next)> FindUsersAsync(ICognitoKit cognito, string email, CancellationToken cancellationToken)
    {
        await foreach (CognitoUser user in cognito.Admin.ListUsersAsync(UserFilter.EqualTo("email", email), cancellationToken: cancellationToken))
        {
            Console.WriteLine($"{user.Username} {user.Status} enabled={user.Enabled}");
        }

        CognitoPage<CognitoUser> page = await cognito.Admin.ListUsersPageAsync(UserFilter.StartsWith("family_name", "Red"), limit: 20, cancellationToken: cancellationToken);
        CognitoPage<CognitoUser> next = await cognito.Admin.ListUsersPageAsync(UserFilter.StartsWith("family_name", "Red"), page.NextToken, limit: 20, cancellationToken: cancellationToken);
        return (page, next);
    }

    // Guide: disabling, resetting, updating
    public static async Task DisableResetUpdateAsync(ICognitoKit cognito, CancellationToken cancellationToken)
    {
        await cognito.Admin.DisableUserAsync("ann", cancellationToken);        // no sign-in, no refresh: "User is disabled."
        await cognito.Admin.EnableUserAsync("ann", cancellationToken);
        await cognito.Admin.ResetUserPasswordAsync("bob", cancellationToken: cancellationToken);   // RESET_REQUIRED, a code is sent
        await cognito.Admin.UpdateUserAttributesAsync("bob", new Dictionary<string, string> { ["given_name"] = "Bob" }, cancellationToken: cancellationToken);
    }

    // Guide: signing a user in from the server
    public static async Task<CognitoSession?> SignInAsync(ICognitoKit cognito, string password, string chosenPassword, CancellationToken cancellationToken)
    {
        SignInStep step = await cognito.Admin.SignInAsync("ann", password, cancellationToken: cancellationToken);
        if (step is NewPasswordRequired newPassword)
        {
            step = await newPassword.SetPasswordAsync(chosenPassword, cancellationToken);
        }

        if (step is SignedIn signedIn)
        {
            CognitoSession session = signedIn.Session;   // refreshes like any other session
            return session;
        }

        return null;
    }
}
