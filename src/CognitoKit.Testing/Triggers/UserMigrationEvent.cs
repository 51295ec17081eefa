using System.Text.Json.Serialization.Metadata;
using CognitoKit.Testing.Triggers;

namespace CognitoKit.Testing;

/// <summary>The user migration trigger: <c>UserMigration_Authentication</c> (USER_PASSWORD_AUTH or ADMIN_USER_PASSWORD_AUTH for an unknown user) or <c>UserMigration_ForgotPassword</c> (ForgotPassword for an unknown user).</summary>
public sealed class UserMigrationEvent : TriggerEvent<UserMigrationRequest, UserMigrationResponse>
{
    internal override string TriggerName => "UserMigration";

    internal override JsonTypeInfo JsonTypeInfo => TriggerJsonContext.Default.UserMigrationEvent;
}
