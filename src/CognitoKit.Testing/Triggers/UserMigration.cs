using CognitoKit.Testing.Host;
using CognitoKit.Testing.UserPools;

namespace CognitoKit.Testing.Triggers;

/// <summary>Creates a user from the user migration trigger's answer (sign-in with a password, or forgot password).</summary>
internal static class UserMigration
{
    /// <summary>Runs the trigger for an unknown <paramref name="login"/>; the new user, or null when the trigger created none.</summary>
    public static User? Run(EmulatorState state, UserPool pool, UserPoolClient client, string login, string? password, IReadOnlyDictionary<string, string>? clientMetadata, string triggerSource)
    {
        var triggerEvent = new UserMigrationEvent
        {
            TriggerSource = triggerSource,
            UserName = login,
            Request = new UserMigrationRequest
            {
                Password = password,
                ValidationData = TriggerRunner.Metadata(clientMetadata),
                ClientMetadata = TriggerRunner.Metadata(clientMetadata),
            },
        };
        if (!TriggerRunner.Run(state, pool, pool.Triggers.UserMigration, "UserMigration", triggerEvent, client.ClientId)
            || triggerEvent.Response.UserAttributes is not { } attributes)
        {
            return null;
        }

        var status = triggerEvent.Response.FinalUserStatus ?? (password is null ? UserStatus.ResetRequired : UserStatus.Confirmed);
        if (status is not (UserStatus.Confirmed or UserStatus.ResetRequired))
        {
            throw new AwsServiceException("InvalidLambdaResponseException", "Unrecognizable lambda output");
        }

        if (password is not null && status == UserStatus.Confirmed)
        {
            pool.PasswordPolicy.Enforce(password);
        }

        lock (pool.Gate)
        {
            // Another request may have migrated the same user meanwhile.
            if (pool.FindUser(login) is { } existing)
            {
                return existing;
            }

            var user = UserAccounts.Create(state, pool, login, [.. attributes.Where(a => a.Key != "sub" && a.Key != "cognito:user_status")]);
            if (password is not null)
            {
                UserAccounts.SetPassword(pool, user, password);
            }

            user.Status = status;
            user.SmsMfaEnabled = triggerEvent.Response.EnableSmsMfa;
            pool.Add(user);
            return user;
        }
    }
}
