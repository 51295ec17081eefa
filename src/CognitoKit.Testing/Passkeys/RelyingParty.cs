using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CognitoKit.Testing.Host;
using CognitoKit.Testing.UserPools;
#if NET10_0_OR_GREATER
using Fido2NetLib;
using Fido2NetLib.Exceptions;
using Fido2NetLib.Objects;
#endif
using Microsoft.IdentityModel.Tokens;

namespace CognitoKit.Testing.Passkeys;

/// <summary>
/// The pool as a WebAuthn relying party: makes creation and request options, and checks registrations and assertions
/// with the Fido2 library (CBOR, COSE keys, attestation statements, signatures, flags, counters). Failures become
/// Cognito's error codes. Fido2 needs NSec.Cryptography, served for net9.0 and later only, so on net8.0 every passkey
/// ceremony answers UnsupportedOperationException.
/// </summary>
internal static class RelyingParty
{
    /// <summary>How long creation and request options stay valid (Cognito's sign-in sessions last 3 minutes by default).</summary>
    public static readonly TimeSpan OptionsLifetime = TimeSpan.FromMinutes(5);

#if NET10_0_OR_GREATER
    public static string CreationOptions(UserPool pool, User user)
    {
        var fido = For(pool, origin: null);
        var options = fido.RequestNewCredential(new RequestNewCredentialParams
        {
            User = new Fido2User { Id = UserHandle(user), Name = user.Username, DisplayName = user.Attribute("email") ?? user.Username },
            ExcludeCredentials = [.. user.Passkeys.Select(p => new PublicKeyCredentialDescriptor(p.Id))],
            AuthenticatorSelection = new AuthenticatorSelection
            {
                ResidentKey = ResidentKeyRequirement.Required,
                UserVerification = UserVerification(pool, user),
            },
            AttestationPreference = AttestationConveyancePreference.None,
            PubKeyCredParams = [PubKeyCredParam.ES256, PubKeyCredParam.RS256],
        });
        return options.ToJson();
    }

    public static StoredPasskey Register(UserPool pool, User user, PendingPasskeyRegistration pending, JsonObject credential, DateTimeOffset now)
    {
        var rpId = RelyingPartyIdOf(pool);
        var raw = Parse<AuthenticatorAttestationRawResponse>(credential.ToJsonString());
        var origin = CheckedOrigin(raw.Response?.ClientDataJson, rpId, registration: true);
        RegisteredPublicKeyCredential made;
        try
        {
            made = For(pool, origin).MakeNewCredentialAsync(
                new MakeNewCredentialParams
                {
                    AttestationResponse = raw,
                    OriginalOptions = CredentialCreateOptions.FromJson(pending.OptionsJson),
                    IsCredentialIdUniqueToUserCallback = (p, _) => Task.FromResult(!pool.Users.Values.Any(u => u.Passkeys.Any(k => k.Id.AsSpan().SequenceEqual(p.CredentialId)))),
                },
                CancellationToken.None).GetAwaiter().GetResult();
        }
        catch (Fido2VerificationException ex)
        {
            throw RegistrationError(ex);
        }

        var response = credential["response"] as JsonObject;
        return new StoredPasskey
        {
            CredentialId = Base64UrlEncoder.Encode(made.Id),
            Id = made.Id,
            PublicKey = made.PublicKey,
            UserHandle = UserHandle(user),
            RelyingPartyId = rpId,
            FriendlyName = "Passkey registered " + now.UtcDateTime.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture) + " UTC",
            AuthenticatorAttachment = (string?)credential["authenticatorAttachment"],
            Transports = response?["transports"] is JsonArray transports ? [.. transports.Select(t => (string?)t).OfType<string>()] : [],
            CreatedAt = now,
            SignCount = made.SignCount,
        };
    }

    public static string RequestOptions(UserPool pool, User user)
    {
        var options = For(pool, origin: null).GetAssertionOptions(new GetAssertionOptionsParams
        {
            AllowedCredentials = [.. user.Passkeys.Select(p => new PublicKeyCredentialDescriptor(p.Id))],
            UserVerification = UserVerification(pool, user),
        });
        return options.ToJson();
    }

    /// <summary>Checks a sign-in assertion against the options the challenge sent; any failure is NotAuthorized.</summary>
    public static void Verify(UserPool pool, User user, string optionsJson, string credentialJson)
    {
        var rpId = RelyingPartyIdOf(pool);
        AuthenticatorAssertionRawResponse raw;
        try
        {
            raw = Parse<AuthenticatorAssertionRawResponse>(credentialJson);
        }
        catch (AwsServiceException)
        {
            throw AwsServiceException.NotAuthorized("The passkey answer is not a WebAuthn assertion.");
        }

        var passkey = user.Passkeys.FirstOrDefault(p => p.Id.AsSpan().SequenceEqual(raw.RawId ?? []))
            ?? throw AwsServiceException.NotAuthorized("The passkey is not registered for this user.");
        string origin;
        try
        {
            origin = CheckedOrigin(raw.Response?.ClientDataJson, rpId, registration: false);
        }
        catch (AwsServiceException)
        {
            throw AwsServiceException.NotAuthorized("The passkey was used on a page whose origin the relying party " + rpId + " does not allow.");
        }

        try
        {
            var result = For(pool, origin).MakeAssertionAsync(
                new MakeAssertionParams
                {
                    AssertionResponse = raw,
                    OriginalOptions = AssertionOptions.FromJson(optionsJson),
                    StoredPublicKey = passkey.PublicKey,
                    StoredSignatureCounter = passkey.SignCount,
                    IsUserHandleOwnerOfCredentialIdCallback = (p, _) => Task.FromResult(p.UserHandle.AsSpan().SequenceEqual(passkey.UserHandle)),
                },
                CancellationToken.None).GetAwaiter().GetResult();
            passkey.SignCount = result.SignCount;
        }
        catch (Fido2VerificationException ex)
        {
            throw AwsServiceException.NotAuthorized("The passkey was refused: " + Describe(ex.Code) + ".");
        }
    }

    private static Fido2 For(UserPool pool, string? origin)
    {
        var rpId = RelyingPartyIdOf(pool);
        return new Fido2(
            new Fido2Configuration
            {
                RPID = rpId,
                RPName = pool.Name,
                Origins = origin is null ? new HashSet<string>() : new HashSet<string> { origin },
                Timeout = (uint)OptionsLifetime.TotalMilliseconds,
            },
            null!);
    }

    private static UserVerificationRequirement UserVerification(UserPool pool, User user) =>
        RequiresUserVerification(pool, user) ? UserVerificationRequirement.Required : UserVerificationRequirement.Preferred;

    /// <summary>Fido2's response types carry their own converters (base64url byte arrays, enums) but no serializer context.</summary>
    private static T Parse<T>(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<T>(json) ?? throw new JsonException("null");
        }
        catch (Exception ex) when (ex is JsonException or FormatException or NotSupportedException or ArgumentException)
        {
            throw AwsServiceException.InvalidParameter("The credential is not a WebAuthn credential's JSON (PublicKeyCredential.toJSON()): " + ex.Message);
        }
    }

    /// <summary>The origin from clientDataJSON, once it is one the relying party allows (Fido2 then checks it again).</summary>
    private static string CheckedOrigin(byte[]? clientDataJson, string rpId, bool registration)
    {
        var origin = PasskeyOrigins.OriginOf(Base64UrlEncoder.Encode(clientDataJson ?? []));
        return PasskeyOrigins.IsAllowed(origin, rpId)
            ? origin
            : throw new AwsServiceException("WebAuthnOriginNotAllowedException", "The origin " + origin + " is not allowed for the relying party " + rpId + (registration ? "." : " at sign-in."));
    }

    private static AwsServiceException RegistrationError(Fido2VerificationException ex) => ex.Code switch
    {
        Fido2ErrorCode.InvalidAuthenticatorResponseChallenge or Fido2ErrorCode.MissingAuthenticatorResponseChallenge =>
            new AwsServiceException("WebAuthnChallengeNotFoundException", "The credential answers another challenge than the pending registration's."),
        Fido2ErrorCode.InvalidAuthenticatorResponseOrigin or Fido2ErrorCode.MissingAuthenticatorResponseOrigin or Fido2ErrorCode.CrossOriginRequestNotAllowed or Fido2ErrorCode.InvalidAuthenticatorResponseTopOrigin =>
            new AwsServiceException("WebAuthnOriginNotAllowedException", "The credential's origin is not allowed for this relying party."),
        Fido2ErrorCode.InvalidRpidHash =>
            new AwsServiceException("WebAuthnRelyingPartyMismatchException", "The credential was made for another relying party id."),
        Fido2ErrorCode.UnimplementedAlgorithm or Fido2ErrorCode.CredentialAlgorithmRequirementNotMet or Fido2ErrorCode.UnknownAttestationType or Fido2ErrorCode.MissingAttestationType =>
            new AwsServiceException("WebAuthnCredentialNotSupportedException", "The credential's algorithm or attestation is not supported: " + Describe(ex.Code) + "."),
        _ => AwsServiceException.InvalidParameter("The credential was refused: " + Describe(ex.Code) + "."),
    };

    private static string Describe(Fido2ErrorCode code) => code switch
    {
        Fido2ErrorCode.InvalidSignature => "the signature does not verify",
        Fido2ErrorCode.InvalidSignCount => "the signature counter did not increase (a cloned authenticator?)",
        Fido2ErrorCode.InvalidRpidHash => "it was made for another relying party id",
        Fido2ErrorCode.InvalidAuthenticatorResponseChallenge => "it answers another challenge",
        Fido2ErrorCode.InvalidAuthenticatorResponseOrigin => "its origin is not allowed",
        Fido2ErrorCode.UserPresentFlagNotSet => "the user was not present",
        Fido2ErrorCode.UserVerificationRequirementNotMet => "user verification is required",
        _ => code.ToString(),
    };
#else
    public static string CreationOptions(UserPool pool, User user) => throw NotOnThisFramework();

    public static StoredPasskey Register(UserPool pool, User user, PendingPasskeyRegistration pending, JsonObject credential, DateTimeOffset now) => throw NotOnThisFramework();

    public static string RequestOptions(UserPool pool, User user) => throw NotOnThisFramework();

    public static void Verify(UserPool pool, User user, string optionsJson, string credentialJson) => throw NotOnThisFramework();

    private static AwsServiceException NotOnThisFramework() =>
        new("UnsupportedOperationException", "The emulator checks passkeys with the Fido2 library, which needs net10.0; this emulator runs on net8.0.");
#endif

    /// <summary>Whether assertions need the UV flag: the pool asks for it, or passkeys stand in for MFA for this user.</summary>
    public static bool RequiresUserVerification(UserPool pool, User user) =>
        pool.WebAuthn.UserVerification == "required" || (pool.WebAuthn.IsMultiFactor && user.WebAuthnMfaEnabled);

    public static string RelyingPartyIdOf(UserPool pool) =>
        pool.WebAuthn.RelyingPartyId
        ?? throw new AwsServiceException("WebAuthnConfigurationMissingException", "The user pool has no WebAuthnConfiguration.RelyingPartyId (and the emulator has no user pool domain to use instead).");

    /// <summary>The user handle in options and assertions: the user's sub, as UTF-8.</summary>
    public static byte[] UserHandle(User user) => Encoding.UTF8.GetBytes(user.Sub);
}
