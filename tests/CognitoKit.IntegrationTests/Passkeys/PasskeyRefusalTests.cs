using CognitoKit.Errors;
using CognitoKit.IntegrationTests.Infrastructure;
using static CognitoKit.IntegrationTests.Passkeys.PasskeyTestPool;

namespace CognitoKit.IntegrationTests.Passkeys;

/// <summary>What the relying party refuses, at registration with Cognito's WebAuthn error codes, at sign-in with NotAuthorized.</summary>
[Collection(EmulatorCollection.Name)]
public sealed class PasskeyRefusalTests(EmulatorFixture emulator)
{
    [Fact]
    public async Task Registration_FromAnotherOrigin_IsRefused()
    {
        CognitoAccount account = await SignedInAccountAsync(await CreateAsync(emulator), "o1");
        using var authenticator = new SoftwareAuthenticator("https://app.example.com.evil.test");

        string options = await account.Passkeys.StartRegistrationAsync(default);
        await Assert.ThrowsAsync<WebAuthnOriginNotAllowedException>(() => account.Passkeys.CompleteRegistrationAsync(authenticator.Create(options), default));
        Assert.Empty(await account.Passkeys.ListAsync(default));
    }

    [Fact]
    public async Task Registration_ForAnotherRelyingParty_IsRefused()
    {
        CognitoAccount account = await SignedInAccountAsync(await CreateAsync(emulator), "rp1");
        using var authenticator = new SoftwareAuthenticator(Origin);

        string options = await account.Passkeys.StartRegistrationAsync(default);
        await Assert.ThrowsAsync<WebAuthnRelyingPartyMismatchException>(() => account.Passkeys.CompleteRegistrationAsync(authenticator.Create(options, relyingPartyIdOverride: "example.org"), default));
    }

    [Fact]
    public async Task Registration_AnsweringAnotherChallenge_OrNone_IsRefused()
    {
        CognitoAccount account = await SignedInAccountAsync(await CreateAsync(emulator), "ch1");
        using var authenticator = new SoftwareAuthenticator(Origin);

        string options = await account.Passkeys.StartRegistrationAsync(default);
        await Assert.ThrowsAsync<WebAuthnChallengeNotFoundException>(() => account.Passkeys.CompleteRegistrationAsync(authenticator.Create(options, challengeOverride: "b3RoZXItY2hhbGxlbmdlLWZvci10aGUtdGVzdA"), default));
        // The challenge is single-use: even the right answer now finds none pending.
        await Assert.ThrowsAsync<WebAuthnChallengeNotFoundException>(() => account.Passkeys.CompleteRegistrationAsync(authenticator.Create(options), default));
    }

    [Fact]
    public async Task Registration_CompletedThroughAnotherAppClient_IsRefused()
    {
        TestPool pool = await CreateAsync(emulator);
        CognitoAccount account = await SignedInAccountAsync(pool, "cl1");
        Testing.EmulatedUserPoolClient otherClient = await pool.Pool.CreateClientAsync("other-app");
        ICognitoKit other = pool.CreateKit(o => o.ClientId = otherClient.ClientId);
        CognitoAccount sameUserOtherClient = other.Account(Assert.IsType<SignedIn>(await other.SignIn("cl1", Password).SendAsync(default)).Session);
        using var authenticator = new SoftwareAuthenticator(Origin);

        string options = await account.Passkeys.StartRegistrationAsync(default);
        await Assert.ThrowsAsync<WebAuthnClientMismatchException>(() => sameUserOtherClient.Passkeys.CompleteRegistrationAsync(authenticator.Create(options), default));
    }

    [Fact]
    public async Task Registration_InAPoolWithoutPasskeys_OrWithoutRelyingParty_IsRefused()
    {
        TestPool withoutFactor = await emulator.CreatePoolAsync(new TestPoolSettings { AllowedFirstAuthFactors = ["PASSWORD"] });
        await withoutFactor.Pool.SetWebAuthnConfigAsync(RelyingPartyId);
        TestPool withoutRelyingParty = await emulator.CreatePoolAsync(new TestPoolSettings { AllowedFirstAuthFactors = ["PASSWORD", "WEB_AUTHN"] });

        await Assert.ThrowsAsync<WebAuthnNotEnabledException>(async () => await (await SignedInAccountAsync(withoutFactor, "nf")).Passkeys.StartRegistrationAsync(default));
        await Assert.ThrowsAsync<WebAuthnConfigurationMissingException>(async () => await (await SignedInAccountAsync(withoutRelyingParty, "nr")).Passkeys.StartRegistrationAsync(default));
    }

    [Fact]
    public async Task SignIn_FromAnotherOrigin_IsRefused() =>
        await AssertSignInRefusedAsync("so", (a, options) =>
        {
            a.Origin = "https://evil.test";
            return a.Get(options);
        });

    [Fact]
    public async Task SignIn_ForAnotherRelyingParty_IsRefused() =>
        await AssertSignInRefusedAsync("srp", (a, options) => a.Get(options, relyingPartyIdOverride: "example.com"));

    [Fact]
    public async Task SignIn_AnsweringAnotherChallenge_IsRefused() =>
        await AssertSignInRefusedAsync("sch", (a, options) => a.Get(options, challengeOverride: "YW5vdGhlci1jaGFsbGVuZ2UtZm9yLXRoZS10ZXN0"));

    [Fact]
    public async Task SignIn_WithABadSignature_IsRefused() =>
        await AssertSignInRefusedAsync("ssig", (a, options) => a.Get(options, corruptSignature: true));

    [Fact]
    public async Task SignIn_WithASignCountThatDidNotIncrease_IsRefused()
    {
        TestPool pool = await CreateAsync(emulator);
        CognitoAccount account = await SignedInAccountAsync(pool, "cnt");
        using var authenticator = new SoftwareAuthenticator(Origin);
        await RegisterAsync(account, authenticator);
        var first = Assert.IsType<PasskeyRequired>(await pool.Kit.SignInWithChoice("cnt").Prefer(AuthFactor.WebAuthn).SendAsync(default));
        Assert.IsType<SignedIn>(await first.AnswerAsync(authenticator.Get(first.RequestOptionsJson, signCountOverride: 5), default));

        var cloned = Assert.IsType<PasskeyRequired>(await pool.Kit.SignInWithChoice("cnt").Prefer(AuthFactor.WebAuthn).SendAsync(default));
        var refused = await Assert.ThrowsAsync<NotAuthorizedException>(() => cloned.AnswerAsync(authenticator.Get(cloned.RequestOptionsJson, signCountOverride: 5), default));

        Assert.Contains("counter", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_WithoutUserVerification_WherePoolRequiresIt_IsRefused()
    {
        TestPool pool = await CreateAsync(emulator, requireUserVerification: true);
        CognitoAccount account = await SignedInAccountAsync(pool, "uv");
        using var authenticator = new SoftwareAuthenticator(Origin);
        await RegisterAsync(account, authenticator);
        var passkey = Assert.IsType<PasskeyRequired>(await pool.Kit.SignInWithChoice("uv").Prefer(AuthFactor.WebAuthn).SendAsync(default));
        authenticator.VerifiesUser = false;

        await Assert.ThrowsAsync<NotAuthorizedException>(() => passkey.AnswerAsync(authenticator.Get(passkey.RequestOptionsJson), default));
    }

    [Fact]
    public async Task LoopbackRelyingParty_AcceptsAnHttpPageOnAnyPort()
    {
        TestPool pool = await emulator.CreatePoolAsync(new TestPoolSettings { AllowedFirstAuthFactors = ["PASSWORD", "WEB_AUTHN"] });
        await pool.Pool.SetWebAuthnConfigAsync("localhost");
        CognitoAccount account = await SignedInAccountAsync(pool, "local");
        using var authenticator = new SoftwareAuthenticator("http://localhost:5173");

        await RegisterAsync(account, authenticator);
        var passkey = Assert.IsType<PasskeyRequired>(await pool.Kit.SignInWithChoice("local").Prefer(AuthFactor.WebAuthn).SendAsync(default));

        Assert.IsType<SignedIn>(await passkey.AnswerAsync(authenticator.Get(passkey.RequestOptionsJson), default));
    }

    private async Task AssertSignInRefusedAsync(string username, Func<SoftwareAuthenticator, string, string> answer)
    {
        TestPool pool = await CreateAsync(emulator);
        CognitoAccount account = await SignedInAccountAsync(pool, username);
        using var authenticator = new SoftwareAuthenticator(Origin);
        await RegisterAsync(account, authenticator);
        var passkey = Assert.IsType<PasskeyRequired>(await pool.Kit.SignInWithChoice(username).Prefer(AuthFactor.WebAuthn).SendAsync(default));

        await Assert.ThrowsAsync<NotAuthorizedException>(() => passkey.AnswerAsync(answer(authenticator, passkey.RequestOptionsJson), default));
        Assert.True(passkey.IsAnswered);
    }
}
