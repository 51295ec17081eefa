using CognitoKit.Errors;
using CognitoKit.Identity;
using CognitoKit.Protocol.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Moq;

namespace CognitoKit.Tests.Identity;

public sealed class IdentitySecretsTests
{
    [Fact]
    public async Task ToString_OfCredentialsAndResults_NeverShowsTheSecretKeySessionTokenOrIdToken()
    {
        using var h = new IdentityHarness();
        h.AnswerIdentityCalls();
        CognitoSession session = h.SignIn();
        CognitoAWSCredentials credentials = h.Kit.Identity.ForSession(session);
        await credentials.GetCredentialsAsync();
        var role = new CognitoRoleCredentials("eu-west-1:x", "arn:aws:iam::1:role/r", null, "ASIAROLE", "role-secret", "role-token", h.Clock.GetUtcNow());
        var issued = new IssuedIdentityCredentials(new IdentityRef("eu-west-1:x", IdentitySource.Remembered), "ASIA1", "issued-secret", "issued-token", h.Clock.GetUtcNow());
        var login = new IdentityLogin(IdentityIdKey.ForGuest("p"), new Dictionary<string, string> { ["provider"] = session.Tokens.IdToken });

        string text = string.Join("\n", credentials, role, issued, login, new AssumedWebIdentityRole("A", "sts-secret", "sts-token", default, null, null));

        Assert.Contains("eu-west-1:id-sub-alice", text, StringComparison.Ordinal);
        foreach (string secret in new[] { "secret-key-1", "session-token-1", "role-secret", "role-token", "issued-secret", "issued-token", "sts-secret", "sts-token", session.Tokens.IdToken })
        {
            Assert.DoesNotContain(secret, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Logs_WhileFetchingAndFailing_NeverCarryTheIdTokenOrCredentials()
    {
        var lines = new List<string>();
        using var h = new IdentityHarness(configureServices: s => s.AddLogging(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(new ListLoggerProvider(lines))));
        h.AnswerIdentityCalls();
        CognitoSession session = h.SignIn();
        await h.Kit.Identity.ForSession(session).GetCredentialsAsync();
        h.IdentityPools.Setup(c => c.GetCredentialsForIdentityAsync(It.IsAny<GetCredentialsForIdentityRequest>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new NotAuthorizedException("Invalid login token."));
        var error = await Assert.ThrowsAsync<IdentityLoginRejectedException>(() => h.Kit.Identity.ForSession(session).GetCredentialsAsync());

        Assert.NotEmpty(lines);
        foreach (string secret in new[] { "secret-key-1", "session-token-1", session.Tokens.IdToken })
        {
            Assert.DoesNotContain(lines, l => l.Contains(secret, StringComparison.Ordinal));
            Assert.DoesNotContain(secret, error.ToString(), StringComparison.Ordinal);
        }
    }

    private sealed class ListLoggerProvider(List<string> lines) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new ListLogger(lines);

        public void Dispose()
        {
        }

        private sealed class ListLogger(List<string> lines) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                lock (lines)
                {
                    lines.Add(formatter(state, exception) + " " + exception);
                }
            }
        }
    }
}
