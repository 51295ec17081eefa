using CognitoKit.Hosted;
using CognitoKit.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CognitoKit.BrowserTests;

/// <summary>
/// The domain's token and revoke endpoints during a client secret rotation: a secret the domain refuses with
/// <c>invalid_client</c> is replaced, once, by the configured previous secret (client_secret_basic).
/// </summary>
public sealed class HostedSecretRotationTests
{
    public static TheoryData<bool, bool> Cases() => new()
    {
        { true, true },
        { true, false },
        { false, true },
        { false, false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task CodeExchange_Refresh_Revoke_SurviveARotation(bool oldSecretIsCurrent, bool hostedSecretsOfItsOwn)
    {
        await using var harness = await HostedDomainHarness.StartAsync(confidential: true);
        string oldSecret = harness.Client.ClientSecret!;
        string newSecret;
        if (oldSecretIsCurrent)
        {
            // The pool has moved on: only the new secret is valid, and the app still lists the old one first.
            newSecret = await harness.Pool.RotateClientSecretAsync(harness.Client.ClientId);
            await harness.Pool.RetireClientSecretAsync(harness.Client.ClientId);
        }
        else
        {
            // The app was given its next secret before the pool: only the old one is valid yet.
            newSecret = "not_yet_added_to_the_pool_0123456789";
        }

        await using ServiceProvider services = Services(harness, oldSecretIsCurrent ? oldSecret : newSecret, oldSecretIsCurrent ? newSecret : oldSecret, hostedSecretsOfItsOwn);
        ICognitoHostedUI hosted = services.GetRequiredService<ICognitoKit>().HostedUI;
        HostedAuthorization authorization = hosted.CreateAuthorization();

        CognitoSession session = await hosted.CompleteSignInAsync(await harness.SignInAsync(authorization.AuthorizationUri), authorization);
        OAuthTokenResponse refreshed = await hosted.RefreshAsync(session.Tokens.RefreshToken!);
        await hosted.RevokeAsync(session.Tokens.RefreshToken!);
        OAuthErrorException afterRevoke = await Assert.ThrowsAsync<OAuthErrorException>(() => hosted.RefreshAsync(session.Tokens.RefreshToken!));

        Assert.Equal(HostedDomainHarness.Username, session.Username);
        Assert.NotNull(refreshed.AccessToken);
        Assert.Equal("invalid_grant", afterRevoke.Error);
    }

    [Fact]
    public async Task CodeExchange_WithNeitherSecretValid_FailsWithInvalidClient()
    {
        await using var harness = await HostedDomainHarness.StartAsync(confidential: true);
        await using ServiceProvider services = Services(harness, "wrong_current_secret_0123456789", "wrong_previous_secret_0123456789", hostedSecretsOfItsOwn: false);
        ICognitoHostedUI hosted = services.GetRequiredService<ICognitoKit>().HostedUI;
        HostedAuthorization authorization = hosted.CreateAuthorization();
        Uri callback = await harness.SignInAsync(authorization.AuthorizationUri);

        OAuthErrorException refused = await Assert.ThrowsAsync<OAuthErrorException>(() => hosted.CompleteSignInAsync(callback, authorization));

        Assert.Equal("invalid_client", refused.Error);
        Assert.DoesNotContain("wrong_", refused.ToString(), StringComparison.Ordinal);
    }

    private static ServiceProvider Services(HostedDomainHarness harness, string current, string previous, bool hostedSecretsOfItsOwn)
    {
        var services = new ServiceCollection();
        services.AddCognitoKit(o =>
        {
            o.Region = harness.Emulator.Region;
            o.UserPoolId = harness.Pool.Id;
            o.ClientId = harness.Client.ClientId;
            o.ClientSecret = hostedSecretsOfItsOwn ? null : current;
            o.PreviousClientSecret = hostedSecretsOfItsOwn ? null : previous;
            o.UserPoolEndpoint = harness.Emulator.Endpoint;
        }).AddHostedUI(o =>
        {
            o.ClientSecret = hostedSecretsOfItsOwn ? current : null;
            o.PreviousClientSecret = hostedSecretsOfItsOwn ? previous : null;
            o.Domain = harness.Emulator.DomainEndpoint();
            o.RedirectUri = new Uri(HostedDomainHarness.Callback);
            o.LogoutUri = new Uri(HostedDomainHarness.SignedOut);
        });
        return services.BuildServiceProvider();
    }
}
