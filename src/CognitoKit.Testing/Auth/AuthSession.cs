using CognitoKit.Testing.Srp;

namespace CognitoKit.Testing.Auth;

/// <summary>The server-side state of a sign-in between challenges. Each step stores it under a fresh session id.</summary>
internal sealed class AuthSession
{
    public required string PoolId { get; init; }

    public required string ClientId { get; init; }

    public required string Username { get; init; }

    public required string Flow { get; init; }

    public string ExpectedChallenge { get; set; } = string.Empty;

    /// <summary>True for a sign-in on the domain's hosted pages: it ends in the user's sub for an authorization code, never
    /// in tokens, and only the hosted pages may continue it.</summary>
    public bool Hosted { get; init; }

    public DateTimeOffset ExpiresAt { get; set; }

    public SrpServerSession? Srp { get; set; }

    /// <summary>The prefix and name the pending SRP claim is signed over: pool name and user, or device group and device key.</summary>
    public string? SrpPrefix { get; set; }

    /// <inheritdoc cref="SrpPrefix"/>
    public string? SrpName { get; set; }

    /// <summary>True for the stand-in sign-in of a user that does not exist (PreventUserExistenceErrors): it can only fail.</summary>
    public bool Decoy { get; init; }

    /// <summary>The DEVICE_KEY the client sent with InitiateAuth.</summary>
    public string? DeviceKey { get; set; }

    public bool DeviceVerified { get; set; }

    /// <summary>True once the first factor passed with a one-time code: no MFA follows.</summary>
    public bool Passwordless { get; set; }

    public string? ExpectedCode { get; set; }

    /// <summary>The WEB_AUTHN request options sent (with their one-time challenge), until the assertion answers them.</summary>
    public string? PasskeyOptions { get; set; }

    public int FailedAttempts { get; set; }

    public List<string> Options { get; set; } = [];

    public List<ChallengeResult> CustomResults { get; } = [];

    public IReadOnlyDictionary<string, string> PrivateParameters { get; set; } = new Dictionary<string, string>();

    public string? ChallengeMetadata { get; set; }

    public bool MfaSetupVerified { get; set; }

    /// <summary>True once MFA_SETUP was answered with an EMAIL: the EMAIL_OTP code that follows turns email MFA on.</summary>
    public bool EmailMfaSetup { get; set; }

    public IReadOnlyDictionary<string, string> ClientMetadata { get; set; } = new Dictionary<string, string>();

    /// <summary>The pre token generation trigger source of the tokens this sign-in ends with.</summary>
    public string TokenTriggerSource { get; set; } = "TokenGeneration_Authentication";

    public override string ToString() => nameof(AuthSession);
}
