using Amazon.Runtime;
using CognitoKit.IntegrationTests.Sessions;
using CognitoKit.Tokens;
using Microsoft.Extensions.DependencyInjection;

namespace CognitoKit.IntegrationTests.Revocation;

/// <summary>
/// Sign-outs through the façade make the façade's own validator refuse the tokens they ended, before those expire, on
/// the emulator's clock: one sign-in for a revoke, every earlier sign-in of the user for a global sign-out or deletion.
/// </summary>
public sealed class RevocationEndToEndTests(ClockedEmulatorFixture emulator) : IClassFixture<ClockedEmulatorFixture>
{
    [Fact]
    public async Task RevokeRefreshToken_RejectsThatSessionsUnexpiredTokensAsRevoked_AndLeavesTheUsersOtherSessionValid()
    {
        SessionPool pool = await emulator.CreatePoolAsync();
        using ServiceProvider provider = pool.CreateProvider();
        ICognitoKit kit = provider.GetRequiredService<ICognitoKit>();
        CognitoSession signedOut = await pool.SignInAsync(kit);
        CognitoSession other = await pool.SignInAsync(kit);
        CognitoTokens ended = signedOut.Tokens;
        await AssertValidAsync(kit, ended);

        await kit.Account(signedOut).RevokeRefreshTokenAsync();

        Assert.True(ended.AccessTokenExpiresAt > emulator.Clock.GetUtcNow(), "the access token must still be unexpired");
        Assert.Equal(TokenRejectionReason.Revoked, (await kit.Tokens.ValidateAsync(ended.AccessToken, CognitoTokenUse.Access)).RejectionReason);
        Assert.Equal(TokenRejectionReason.Revoked, (await kit.Tokens.ValidateAsync(ended.IdToken, CognitoTokenUse.Id)).RejectionReason);
        await AssertValidAsync(kit, other.Tokens);
    }

    [Fact]
    public async Task SignOutEverywhere_RejectsEveryEarlierTokenOfTheUser_AndAcceptsASignInAfterwards()
    {
        SessionPool pool = await emulator.CreatePoolAsync();
        using ServiceProvider provider = pool.CreateProvider();
        ICognitoKit kit = provider.GetRequiredService<ICognitoKit>();
        CognitoSession first = await pool.SignInAsync(kit);
        CognitoSession second = await pool.SignInAsync(kit);

        await kit.Account(first).SignOutEverywhereAsync();

        foreach (CognitoTokens tokens in new[] { first.Tokens, second.Tokens })
        {
            CognitoTokenValidationResult access = await kit.Tokens.ValidateAsync(tokens.AccessToken, CognitoTokenUse.Access);
            Assert.Equal(TokenRejectionReason.Revoked, access.RejectionReason);
            Assert.Equal(TokenRejectionReason.Revoked, (await kit.Tokens.ValidateAsync(tokens.IdToken, CognitoTokenUse.Id)).RejectionReason);
            Assert.DoesNotContain(tokens.AccessToken, access.Message, StringComparison.Ordinal);
        }

        // Tokens carry whole seconds: a sign-in in the sign-out's own second counts as before it.
        emulator.Clock.Advance(TimeSpan.FromSeconds(1));
        CognitoSession again = await pool.SignInAsync(kit);
        await AssertValidAsync(kit, again.Tokens);
    }

    [Fact]
    public async Task DeleteAccount_RejectsTheUsersTokensAsRevoked()
    {
        SessionPool pool = await emulator.CreatePoolAsync();
        using ServiceProvider provider = pool.CreateProvider();
        ICognitoKit kit = provider.GetRequiredService<ICognitoKit>();
        CognitoSession session = await pool.SignInAsync(kit);
        CognitoSession elsewhere = await pool.SignInAsync(kit);

        await kit.Account(session).DeleteAsync();

        Assert.Equal(TokenRejectionReason.Revoked, (await kit.Tokens.ValidateAsync(elsewhere.Tokens.AccessToken, CognitoTokenUse.Access)).RejectionReason);
        Assert.Equal(TokenRejectionReason.Revoked, (await kit.Tokens.ValidateAsync(session.Tokens.IdToken, CognitoTokenUse.Id)).RejectionReason);
    }

    [Fact]
    public async Task AdminSignOutUser_AndAdminDeleteUser_RejectTheUsersTokensAsRevoked()
    {
        SessionPool pool = await emulator.CreatePoolAsync();
        using ServiceProvider provider = pool.CreateProvider(configureKit: AdminCredentials);
        ICognitoKit kit = provider.GetRequiredService<ICognitoKit>();
        CognitoSession signedOut = await pool.SignInAsync(kit);

        await kit.Admin.SignOutUserAsync(pool.User.Username);

        Assert.Equal(TokenRejectionReason.Revoked, (await kit.Tokens.ValidateAsync(signedOut.Tokens.AccessToken, CognitoTokenUse.Access)).RejectionReason);

        emulator.Clock.Advance(TimeSpan.FromSeconds(1));
        CognitoSession deleted = await pool.SignInAsync(kit);
        await AssertValidAsync(kit, deleted.Tokens);

        await kit.Admin.DeleteUserAsync(pool.User.Username);

        Assert.Equal(TokenRejectionReason.Revoked, (await kit.Tokens.ValidateAsync(deleted.Tokens.AccessToken, CognitoTokenUse.Access)).RejectionReason);
        Assert.Equal(TokenRejectionReason.Revoked, (await kit.Tokens.ValidateAsync(deleted.Tokens.IdToken, CognitoTokenUse.Id)).RejectionReason);
    }

    [Fact]
    public async Task TwoServiceProviders_SharingOneRevocationList_BothRejectWhatEitherRevoked()
    {
        SessionPool pool = await emulator.CreatePoolAsync();
        var shared = new InMemoryCognitoRevocationList(emulator.Clock);
        using ServiceProvider one = pool.CreateProvider(configureKit: k => k.AddRevocationList(_ => shared));
        using ServiceProvider two = pool.CreateProvider(configureKit: k => k.AddRevocationList(_ => shared));
        using ServiceProvider apart = pool.CreateProvider();
        ICognitoKit first = one.GetRequiredService<ICognitoKit>();
        ICognitoKit second = two.GetRequiredService<ICognitoKit>();
        CognitoSession session = await pool.SignInAsync(first);
        CognitoTokens tokens = session.Tokens;
        await AssertValidAsync(second, tokens);

        await first.Account(session).RevokeRefreshTokenAsync();

        Assert.Equal(TokenRejectionReason.Revoked, (await first.Tokens.ValidateAsync(tokens.AccessToken, CognitoTokenUse.Access)).RejectionReason);
        Assert.Equal(TokenRejectionReason.Revoked, (await second.Tokens.ValidateAsync(tokens.AccessToken, CognitoTokenUse.Access)).RejectionReason);
        Assert.Equal(TokenRejectionReason.Revoked, (await second.Tokens.ValidateAsync(tokens.IdToken, CognitoTokenUse.Id)).RejectionReason);

        // A provider with its own list has not heard of it: that is what a distributed list is for.
        await AssertValidAsync(apart.GetRequiredService<ICognitoKit>(), tokens);
    }

    [Fact]
    public async Task RevokeRefreshToken_HandsTheRevocationToEveryRegisteredPublisher()
    {
        SessionPool pool = await emulator.CreatePoolAsync();
        var sent = new RecordingRevocationPublisher();
        using ServiceProvider provider = pool.CreateProvider(configureKit: k => k.AddRevocationPublisher(_ => sent));
        ICognitoKit kit = provider.GetRequiredService<ICognitoKit>();
        CognitoSession session = await pool.SignInAsync(kit);
        string? origin = (await kit.Tokens.ValidateAsync(session.Tokens.AccessToken, CognitoTokenUse.Access)).Claims?.OriginJti;

        await kit.Account(session).RevokeRefreshTokenAsync();

        CognitoRevocation revocation = Assert.Single(sent.Sent);
        Assert.Equal(CognitoRevocationKind.Origin, revocation.Kind);
        Assert.Equal(origin, revocation.Value);
        Assert.True(revocation.ExpiresAt >= session.Tokens.AccessTokenExpiresAt, "the entry must outlive the session's tokens");
    }

    [Fact]
    public async Task RevocationEntries_ExpireOnceTheirTokensHave_AndTheListShrinks()
    {
        SessionPool pool = await emulator.CreatePoolAsync();
        var list = new InMemoryCognitoRevocationList(emulator.Clock);
        using ServiceProvider provider = pool.CreateProvider(configureKit: k => k.AddRevocationList(_ => list));
        ICognitoKit kit = provider.GetRequiredService<ICognitoKit>();
        CognitoSession revoked = await pool.SignInAsync(kit);
        CognitoSession signedOut = await pool.SignInAsync(kit);

        await kit.Account(revoked).RevokeRefreshTokenAsync();
        Assert.Equal(1, list.Count);
        await kit.Account(signedOut).SignOutEverywhereAsync();
        Assert.Equal(2, list.Count);

        // The sign-in's entry outlives its one-hour tokens (plus skew); the user's entry outlives any token (one day).
        emulator.Clock.Advance(TimeSpan.FromHours(2));
        Assert.Equal(1, list.Count);
        Assert.Equal(TokenRejectionReason.Expired, (await kit.Tokens.ValidateAsync(revoked.Tokens.AccessToken, CognitoTokenUse.Access)).RejectionReason);

        emulator.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(0, list.Count);
    }

    private static void AdminCredentials(ICognitoKitBuilder kit) =>
        kit.AddAdminCredentials(new BasicAWSCredentials("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"));

    private static async Task AssertValidAsync(ICognitoKit kit, CognitoTokens tokens)
    {
        CognitoTokenValidationResult access = await kit.Tokens.ValidateAsync(tokens.AccessToken, CognitoTokenUse.Access);
        CognitoTokenValidationResult id = await kit.Tokens.ValidateAsync(tokens.IdToken, CognitoTokenUse.Id);
        Assert.True(access.IsValid, access.Message);
        Assert.True(id.IsValid, id.Message);
    }

    private sealed class RecordingRevocationPublisher : ICognitoRevocationPublisher
    {
        public List<CognitoRevocation> Sent { get; } = [];

        public ValueTask PublishAsync(CognitoRevocation revocation, CancellationToken cancellationToken = default)
        {
            lock (Sent)
            {
                Sent.Add(revocation);
            }

            return ValueTask.CompletedTask;
        }
    }
}
