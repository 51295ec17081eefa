using System.Globalization;

namespace CognitoKit;

/// <summary>
/// Something that happened to a user's sign-in, as told to every <see cref="ICognitoKitObserver"/> of the instance: who
/// (username and <c>sub</c>), what, when, and on which CognitoKit instance. It never carries a token, password or key:
/// it is safe to write to an audit log as it is.
/// </summary>
public sealed class CognitoKitEvent
{
    internal CognitoKitEvent(CognitoKitEventKind kind, string instanceName, DateTimeOffset occurredAt)
    {
        Kind = kind;
        InstanceName = instanceName;
        OccurredAt = occurredAt;
    }

    /// <summary>What happened.</summary>
    public CognitoKitEventKind Kind { get; }

    /// <summary>The CognitoKit instance it happened on: empty for the default one, else the name given to <c>AddCognitoKit</c>.</summary>
    public string InstanceName { get; }

    /// <summary>When CognitoKit saw it happen.</summary>
    public DateTimeOffset OccurredAt { get; }

    /// <summary>The username Cognito knows the user by; null for a guest's credentials.</summary>
    public string? Username { get; internal init; }

    /// <summary>The user's <c>sub</c>, their stable id in the pool; null when unknown (a guest, or an admin sign-out the pool did not describe).</summary>
    public string? Sub { get; internal init; }

    /// <summary>
    /// How the user signed in (<see cref="CognitoKitEventKind.SignedIn"/>): the Cognito flow, such as <c>USER_SRP_AUTH</c>,
    /// <c>USER_PASSWORD_AUTH</c>, <c>CUSTOM_AUTH</c>, <c>USER_AUTH</c>, or <c>authorization_code</c> for the hosted UI. Null otherwise.
    /// </summary>
    public string? SignInFlow { get; internal init; }

    /// <summary>Whether a <see cref="CognitoKitEventKind.SignedOut"/> ended every session of the user (global sign-out), not only this one.</summary>
    public bool Everywhere { get; internal init; }

    /// <summary>Cognito's error code when it refused a refresh (<see cref="CognitoKitEventKind.RefreshRefused"/>), such as <c>NotAuthorizedException</c>.</summary>
    public string? ErrorCode { get; internal init; }

    /// <summary>The identity-pool identity id (<see cref="CognitoKitEventKind.CredentialsRenewed"/>).</summary>
    public string? IdentityId { get; internal init; }

    /// <summary>When the renewed credentials expire (<see cref="CognitoKitEventKind.CredentialsRenewed"/>).</summary>
    public DateTimeOffset? CredentialsExpireAt { get; internal init; }

    /// <summary>Describes the event; it holds no secret.</summary>
    /// <returns>The kind, instance, user and details.</returns>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"CognitoKitEvent {{ Kind = {Kind}, Instance = {(InstanceName.Length == 0 ? "default" : InstanceName)}, Username = {Username}, Sub = {Sub}, OccurredAt = {OccurredAt:O}, SignInFlow = {SignInFlow}, Everywhere = {Everywhere}, ErrorCode = {ErrorCode}, IdentityId = {IdentityId}, CredentialsExpireAt = {CredentialsExpireAt:O} }}");
}
