using CognitoKit.Passwords;
using CognitoKit.Protocol.UserPools;
using CognitoKit.Shared;
using CognitoKit.SignIn;
using CognitoKit.SignUp;
using CognitoKit.Tokens;
using CognitoKit.Tokens.Revocation;

namespace CognitoKit;

/// <summary>What the façade is built from: the flows and services of every capability, handed over by the composition root.</summary>
internal sealed record CognitoKitParts(
    SignInFlow SignIn,
    SignUpFlow SignUp,
    PasswordRecoveryFlow PasswordRecovery,
    IUserPoolsClient UserPools,
    AppClient App,
    CognitoAdmin Admin,
    ICognitoSessions Sessions,
    ICognitoTokenValidator Tokens,
    ICognitoIdentity Identity,
    ICognitoHostedUI HostedUI)
{
    /// <summary>Where the account's sign-outs record their revocations.</summary>
    public CognitoRevocationRecorder? Revocations { get; init; }
}

/// <summary>
/// The <see cref="ICognitoKit"/> behind dependency injection. Each capability implements its members in its own
/// partial file; everything it uses comes through the constructor, from the registration list in
/// <c>DependencyInjection/CognitoKitRegistration.cs</c>.
/// </summary>
internal sealed partial class CognitoKitFacade : ICognitoKit
{
    private readonly CognitoKitParts _parts;

    public CognitoKitFacade(CognitoKitSettings settings, CognitoKitParts parts)
    {
        Options = settings;
        _parts = parts;
    }

    public CognitoKitSettings Options { get; }
}
