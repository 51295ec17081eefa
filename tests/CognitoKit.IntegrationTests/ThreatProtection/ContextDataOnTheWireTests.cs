using System.Text.Json.Nodes;
using CognitoKit.IntegrationTests.Infrastructure;
using CognitoKit.Testing;
using Microsoft.Extensions.DependencyInjection;
using static CognitoKit.IntegrationTests.Account.AccountFlows;

namespace CognitoKit.IntegrationTests.ThreatProtection;

/// <summary>
/// <c>UserContextData</c> and <c>AnalyticsMetadata</c> go out, in the model's JSON shape, with every operation whose
/// input accepts them when the app supplies them, and are absent from every request when it does not.
/// </summary>
[Collection(EmulatorCollection.Name)]
public sealed class ContextDataOnTheWireTests(EmulatorFixture emulator)
{
    /// <summary>The operations whose input shape in the model has both UserContextData and AnalyticsMetadata.</summary>
    private static readonly string[] Accepting =
        ["SignUp", "ConfirmSignUp", "ResendConfirmationCode", "ForgotPassword", "ConfirmForgotPassword", "InitiateAuth", "RespondToAuthChallenge"];

    [Fact]
    public async Task WithAProviderAndAnEndpointId_EveryAcceptingOperationCarriesThem()
    {
        TestPool pool = await emulator.CreatePoolAsync(new TestPoolSettings { ClientSecret = true, AutoVerifiedAttributes = ["email"] });
        var provider = new FixedContextData(new CognitoContextData { IpAddress = "203.0.113.7", EncodedData = "fp-encoded-123" });
        ICognitoKit kit = pool.CreateKit(
            o => o.AnalyticsEndpointId = "pinpoint-endpoint-1",
            services => services.AddSingleton<ICognitoContextDataProvider>(provider));

        await RunEveryAcceptingOperationAsync(kit, pool);

        foreach (string operation in Accepting)
        {
            JsonObject[] bodies = BodiesOf(pool, operation);
            Assert.True(bodies.Length > 0, operation + " was not sent.");
            foreach (JsonObject body in bodies)
            {
                Assert.Equal("203.0.113.7", (string?)body["UserContextData"]?["IpAddress"]);
                Assert.Equal("fp-encoded-123", (string?)body["UserContextData"]?["EncodedData"]);
                Assert.Equal("pinpoint-endpoint-1", (string?)body["AnalyticsMetadata"]?["AnalyticsEndpointId"]);
            }
        }

        Assert.True(provider.Calls >= Accepting.Length);
        Assert.DoesNotContain("203.0.113.7", provider.Data.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutAProvider_NoRequestCarriesContextOrAnalytics()
    {
        TestPool pool = await emulator.CreatePoolAsync(new TestPoolSettings { AutoVerifiedAttributes = ["email"] });

        await RunEveryAcceptingOperationAsync(pool.Kit, pool);

        RecordedRequest[] sent = [.. emulator.Emulator.Requests.All.Where(r => r.Body.Contains(pool.ClientId, StringComparison.Ordinal))];
        Assert.Contains(sent, r => r.Operation == "RespondToAuthChallenge");
        Assert.All(sent, r =>
        {
            Assert.DoesNotContain("UserContextData", r.Body, StringComparison.Ordinal);
            Assert.DoesNotContain("AnalyticsMetadata", r.Body, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task AProviderThatReturnsNothing_SendsNoUserContextData()
    {
        TestPool pool = await emulator.CreatePoolAsync(new TestPoolSettings());
        await pool.CreateUserAsync("quiet", Password);
        ICognitoKit kit = pool.CreateKit(configureServices: s => s.AddSingleton<ICognitoContextDataProvider>(new FixedContextData(null)));

        Assert.IsType<SignedIn>(await kit.SignIn("quiet", Password).SendAsync(default));

        Assert.All(BodiesOf(pool, "InitiateAuth"), body => Assert.Null(body["UserContextData"]));
    }

    private async Task RunEveryAcceptingOperationAsync(ICognitoKit kit, TestPool pool)
    {
        string username = NewUsername();
        await kit.SignUp(username, Password).WithAttribute("email", username + "@example.com").SendAsync();
        await kit.ResendConfirmationCode(username).SendAsync();
        await kit.ConfirmSignUp(username, emulator.Emulator.Inbox.LatestCode(username, MessagePurpose.SignUp)).SendAsync();
        await kit.ForgotPassword(username).SendAsync();
        await kit.ConfirmForgotPassword(username, emulator.Emulator.Inbox.LatestCode(username, MessagePurpose.ForgotPassword), "N3w-Passw0rd!").SendAsync();
        Assert.IsType<SignedIn>(await kit.SignIn(username, "N3w-Passw0rd!").SendAsync(default));
    }

    private JsonObject[] BodiesOf(TestPool pool, string operation) =>
        [.. emulator.Emulator.Requests.All
            .Where(r => r.Operation == operation && r.Body.Contains(pool.ClientId, StringComparison.Ordinal))
            .Select(r => JsonNode.Parse(r.Body)!.AsObject())];

    private sealed class FixedContextData(CognitoContextData? data) : ICognitoContextDataProvider
    {
        private int _calls;

        public CognitoContextData Data => data!;

        public int Calls => _calls;

        public ValueTask<CognitoContextData?> GetContextDataAsync(CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _calls);
            return ValueTask.FromResult(data);
        }
    }
}
