using System.Text.Json.Nodes;
using CognitoKit.Testing.Host;
using CognitoKit.Testing.Triggers;
using CognitoKit.Testing.UserPools;

namespace CognitoKit.Testing.Auth;

/// <summary>The sign-in triggers: pre authentication, post authentication and user migration.</summary>
internal sealed partial class AuthOperations
{
    private void PreAuthenticate(UserPool pool, UserPoolClient client, User user, IReadOnlyDictionary<string, string> clientMetadata)
    {
        var triggerEvent = new PreAuthenticationEvent
        {
            TriggerSource = "PreAuthentication_Authentication",
            UserName = user.Username,
            Request = new PreAuthenticationRequest { UserAttributes = TriggerRunner.AttributesOf(user), ValidationData = TriggerRunner.Metadata(clientMetadata) },
        };
        TriggerRunner.Run(state, pool, pool.Triggers.PreAuthentication, "PreAuthentication", triggerEvent, client.ClientId);
    }

    private void PostAuthenticate(UserPool pool, UserPoolClient client, User user, AuthSession session, bool newDeviceUsed)
    {
        var triggerEvent = new PostAuthenticationEvent
        {
            TriggerSource = "PostAuthentication_Authentication",
            UserName = user.Username,
            Request = new PostAuthenticationRequest
            {
                NewDeviceUsed = newDeviceUsed,
                UserAttributes = TriggerRunner.AttributesOf(user),
                ClientMetadata = TriggerRunner.Metadata(session.ClientMetadata),
            },
        };
        TriggerRunner.Run(state, pool, pool.Triggers.PostAuthentication, "PostAuthentication", triggerEvent, client.ClientId);
    }

    /// <summary>
    /// A password sign-in (USER_PASSWORD_AUTH, ADMIN_USER_PASSWORD_AUTH) naming an unknown user asks the user migration
    /// trigger; when it answers attributes, the user is created with the password signed in with, and the sign-in goes on.
    /// SRP and passwordless sign-ins never migrate: Cognito cannot hand the trigger a password it never sees.
    /// </summary>
    private JsonObject? MigrateUser(UserPool pool, UserPoolClient client, string flow, string login, IReadOnlyDictionary<string, string> parameters, IReadOnlyDictionary<string, string> clientMetadata)
    {
        if (flow is not ("USER_PASSWORD_AUTH" or "ADMIN_USER_PASSWORD_AUTH" or "ADMIN_NO_SRP_AUTH")
            || !TriggerRunner.Has(state, pool, pool.Triggers.UserMigration, "UserMigration"))
        {
            return null;
        }

        var password = Param(parameters, "PASSWORD");
        var user = UserMigration.Run(state, pool, client, login, password, clientMetadata, "UserMigration_Authentication");
        if (user is null)
        {
            return null;
        }

        lock (pool.Gate)
        {
            var session = new AuthSession
            {
                PoolId = pool.Id,
                ClientId = client.ClientId,
                Username = user.Username,
                Flow = flow,
                DeviceKey = parameters.GetValueOrDefault("DEVICE_KEY"),
                ClientMetadata = clientMetadata,
            };
            return AfterFirstFactor(pool, client, user, session);
        }
    }
}
