namespace CognitoKit.Testing;

/// <summary>A user pool's MFA setting, as <c>SetUserPoolMfaConfig</c> takes it (see <see cref="EmulatedUserPool.SetMfaConfigAsync"/>).</summary>
public enum MfaConfiguration
{
    /// <summary><c>OFF</c>: no MFA.</summary>
    Off,

    /// <summary><c>ON</c>: every user must use MFA.</summary>
    On,

    /// <summary><c>OPTIONAL</c>: users who set up MFA use it.</summary>
    Optional,
}
