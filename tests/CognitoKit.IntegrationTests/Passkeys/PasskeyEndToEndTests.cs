using System.Text.Json.Nodes;
using CognitoKit.Errors;
using CognitoKit.IntegrationTests.Infrastructure;
using static CognitoKit.IntegrationTests.Passkeys.PasskeyTestPool;

namespace CognitoKit.IntegrationTests.Passkeys;

[Collection(EmulatorCollection.Name)]
public sealed class PasskeyEndToEndTests(EmulatorFixture emulator)
{
    [Theory]
    [InlineData("none", "ES256")]
    [InlineData("packed", "ES256")]
    [InlineData("packed", "RS256")]
    [InlineData("none", "RS256")]
    public async Task RegisteredPasskey_IsListed_AndSignsInWithoutPassword(string format, string algorithm)
    {
        TestPool pool = await CreateAsync(emulator);
        CognitoAccount account = await SignedInAccountAsync(pool, "pat");
        using var authenticator = new SoftwareAuthenticator(Origin);

        string options = await account.Passkeys.StartRegistrationAsync(default);
        await account.Passkeys.CompleteRegistrationAsync(authenticator.Create(options, format, algorithm), default);
        IReadOnlyList<CognitoPasskey> passkeys = await account.Passkeys.ListAsync(default);
        var passkey = Assert.IsType<PasskeyRequired>(await pool.Kit.SignInWithChoice("pat").Prefer(AuthFactor.WebAuthn).SendAsync(default));
        SignInStep step = await passkey.AnswerAsync(authenticator.Get(passkey.RequestOptionsJson), default);

        JsonObject creation = JsonNode.Parse(options)!.AsObject();
        Assert.Equal(RelyingPartyId, (string?)creation["rp"]?["id"]);
        CognitoPasskey listed = Assert.Single(passkeys);
        Assert.Equal(RelyingPartyId, listed.RelyingPartyId);
        Assert.Equal("platform", listed.AuthenticatorAttachment);
        Assert.Equal(["internal", "hybrid"], listed.Transports);
        Assert.False(string.IsNullOrEmpty(listed.FriendlyName));
        Assert.NotNull(listed.CreatedAt);
        Assert.Equal(RelyingPartyId, (string?)JsonNode.Parse(passkey.RequestOptionsJson)!["rpId"]);
        Assert.Contains(listed.CredentialId, passkey.RequestOptionsJson, StringComparison.Ordinal);
        Assert.Equal("pat", Assert.IsType<SignedIn>(step).Session.Username);
        Assert.DoesNotContain(emulator.Emulator.Requests.All, r => r.Operation is "InitiateAuth" or "RespondToAuthChallenge" && r.Body.Contains(pool.ClientId, StringComparison.Ordinal) && r.Body.Contains(Password, StringComparison.Ordinal) && r.Body.Contains("USER_AUTH", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ChoiceSignIn_WithoutPreference_OffersWebAuthn_AndChoosingItAsksForThePasskey()
    {
        TestPool pool = await CreateAsync(emulator);
        CognitoAccount account = await SignedInAccountAsync(pool, "sel");
        using var authenticator = new SoftwareAuthenticator(Origin);
        await RegisterAsync(account, authenticator);

        var select = Assert.IsType<FirstFactorSelectionRequired>(await pool.Kit.SignInWithChoice("sel").SendAsync(default));
        var passkey = Assert.IsType<PasskeyRequired>(await select.ChooseAsync(AuthFactor.WebAuthn, default));
        SignInStep step = await passkey.AnswerAsync(authenticator.Get(passkey.RequestOptionsJson), default);

        Assert.Contains(AuthFactor.WebAuthn, select.AvailableFactors);
        Assert.Equal("WEB_AUTHN", passkey.Name);
        Assert.IsType<SignedIn>(step);
    }

    [Fact]
    public async Task DeletedPasskey_IsNoLongerListedOffered_OrAccepted()
    {
        TestPool pool = await CreateAsync(emulator);
        CognitoAccount account = await SignedInAccountAsync(pool, "del");
        using var authenticator = new SoftwareAuthenticator(Origin);
        await RegisterAsync(account, authenticator);
        var pending = Assert.IsType<PasskeyRequired>(await pool.Kit.SignInWithChoice("del").Prefer(AuthFactor.WebAuthn).SendAsync(default));
        string answer = authenticator.Get(pending.RequestOptionsJson);

        await account.Passkeys.DeleteAsync(Assert.Single(await account.Passkeys.ListAsync(default)).CredentialId, default);

        Assert.Empty(await account.Passkeys.ListAsync(default));
        Assert.False((await account.GetAuthFactorsAsync(default)).HasPasskey);
        await Assert.ThrowsAsync<NotAuthorizedException>(() => pending.AnswerAsync(answer, default));
        var select = Assert.IsType<FirstFactorSelectionRequired>(await pool.Kit.SignInWithChoice("del").Prefer(AuthFactor.WebAuthn).SendAsync(default));
        Assert.DoesNotContain(AuthFactor.WebAuthn, select.AvailableFactors);
        await Assert.ThrowsAsync<ResourceNotFoundException>(() => account.Passkeys.DeleteAsync("bm8tc3VjaC1wYXNza2V5", default));
    }

    [Fact]
    public async Task AuthFactors_ShowPasswordAndPasskey()
    {
        TestPool pool = await CreateAsync(emulator);
        CognitoAccount account = await SignedInAccountAsync(pool, "fac");
        using var authenticator = new SoftwareAuthenticator(Origin);

        CognitoAuthFactors before = await account.GetAuthFactorsAsync(default);
        await RegisterAsync(account, authenticator);
        CognitoAuthFactors after = await account.GetAuthFactorsAsync(default);

        Assert.Equal("fac", after.Username);
        Assert.True(before.HasPassword);
        Assert.False(before.HasPasskey);
        Assert.Equal(["PASSWORD", "WEB_AUTHN"], after.ConfiguredFactors);
        Assert.True(after.HasPasskey);
    }

    [Fact]
    public async Task ListAsync_FollowsPages()
    {
        TestPool pool = await CreateAsync(emulator);
        CognitoAccount account = await SignedInAccountAsync(pool, "many");
        using var authenticator = new SoftwareAuthenticator(Origin);
        for (int i = 0; i < 23; i++)
        {
            await RegisterAsync(account, authenticator);
        }

        IReadOnlyList<CognitoPasskey> passkeys = await account.Passkeys.ListAsync(default);

        Assert.Equal(23, passkeys.Select(p => p.CredentialId).Distinct().Count());
        Assert.Equal(2, emulator.Emulator.Requests.All.Count(r => r.Operation == "ListWebAuthnCredentials" && r.Body.Contains("\"MaxResults\":20", StringComparison.Ordinal) && r.Body.Contains(account.Session.Tokens.AccessToken, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task PasskeyMfa_LetsAPasskeyWithUserVerificationSignIn_WhereMfaIsRequired()
    {
        TestPool pool = await CreateAsync(emulator, passkeysSatisfyMfa: true);
        CognitoAccount account = await SignedInAccountAsync(pool, "mfa");
        using var authenticator = new SoftwareAuthenticator(Origin);
        await RegisterAsync(account, authenticator);
        await pool.Pool.SetMfaConfigAsync(Testing.MfaConfiguration.On, softwareToken: true);

        var withoutPasskeyMfa = Assert.IsType<FirstFactorSelectionRequired>(await pool.Kit.SignInWithChoice("mfa").Prefer(AuthFactor.WebAuthn).SendAsync(default));
        await account.Mfa.SetPasskeyMfaAsync(true, default);
        var passkey = Assert.IsType<PasskeyRequired>(await pool.Kit.SignInWithChoice("mfa").Prefer(AuthFactor.WebAuthn).SendAsync(default));
        authenticator.VerifiesUser = false;
        await Assert.ThrowsAsync<NotAuthorizedException>(() => passkey.AnswerAsync(authenticator.Get(passkey.RequestOptionsJson), default));
        authenticator.VerifiesUser = true;
        passkey = Assert.IsType<PasskeyRequired>(await pool.Kit.SignInWithChoice("mfa").Prefer(AuthFactor.WebAuthn).SendAsync(default));
        SignInStep step = await passkey.AnswerAsync(authenticator.Get(passkey.RequestOptionsJson), default);

        Assert.DoesNotContain(AuthFactor.WebAuthn, withoutPasskeyMfa.AvailableFactors);
        Assert.Equal("required", (string?)JsonNode.Parse(passkey.RequestOptionsJson)!["userVerification"]);
        Assert.IsType<SignedIn>(step);
    }

    [Fact]
    public async Task PasskeyMfa_InASingleFactorPool_IsRefused()
    {
        TestPool pool = await CreateAsync(emulator);
        CognitoAccount account = await SignedInAccountAsync(pool, "single");

        await Assert.ThrowsAsync<InvalidParameterException>(() => account.Mfa.SetPasskeyMfaAsync(true, default));
    }

    [Fact]
    public async Task BadCredentialJson_IsRefusedBeforeAnyCall_WithWhatWasWrong()
    {
        TestPool pool = await CreateAsync(emulator);
        CognitoAccount account = await SignedInAccountAsync(pool, "json");
        using var authenticator = new SoftwareAuthenticator(Origin);
        await RegisterAsync(account, authenticator);
        var passkey = Assert.IsType<PasskeyRequired>(await pool.Kit.SignInWithChoice("json").Prefer(AuthFactor.WebAuthn).SendAsync(default));
        int calls = emulator.Emulator.Requests.All.Count;

        var notJson = await Assert.ThrowsAsync<ArgumentException>(() => account.Passkeys.CompleteRegistrationAsync("{not json", default));
        var notObject = await Assert.ThrowsAsync<ArgumentException>(() => passkey.AnswerAsync("[1,2]", default));
        var part = await Assert.ThrowsAsync<ArgumentException>(() => passkey.AnswerAsync("{\"clientDataJSON\":\"x\"}", default));

        Assert.Contains("not valid JSON", notJson.Message, StringComparison.Ordinal);
        Assert.Contains("must be an object", notObject.Message, StringComparison.Ordinal);
        Assert.Contains("lacks \"id\" or \"response\"", part.Message, StringComparison.Ordinal);
        Assert.Equal(calls, emulator.Emulator.Requests.All.Count);
        Assert.False(passkey.IsAnswered);
    }
}
