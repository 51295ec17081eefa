using CognitoKit.Protocol;
using CognitoKit.Protocol.UserPools;
using Microsoft.Extensions.Logging.Abstractions;

namespace CognitoKit.Tests.Protocol;

/// <summary>
/// Per-attempt and overall timeouts bound every call; an attempt that times out is retried only when
/// the operation is safe to repeat (a challenge answer whose session may already be spent is not), and the caller gets
/// the typed "unreachable" error, not a bare Polly or cancellation exception.
/// </summary>
public sealed class ResilienceTimeoutTests
{
    private static readonly TimeSpan Short = TimeSpan.FromMilliseconds(150);
    private static readonly TimeSpan Long = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task HangingAttempts_OfASafeOperation_EachTimeOut_AreRetriedToTheLimit_ThenUnavailable()
    {
        var handler = Hanging();
        UserPoolsClient client = Client(handler, maxAttempts: 3, attemptTimeout: Short, overallTimeout: Long);

        var error = await Assert.ThrowsAsync<CognitoUnavailableException>(() => client.GetUserAsync(new() { AccessToken = "t" }, CancellationToken.None));

        Assert.Equal(3, handler.Count);
        Assert.Contains("GetUser", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HangingAttempt_OfAChallengeAnswer_TimesOut_AndIsNotRetried()
    {
        var handler = Hanging();
        UserPoolsClient client = Client(handler, maxAttempts: 3, attemptTimeout: Short, overallTimeout: Long);

        await Assert.ThrowsAsync<CognitoUnavailableException>(() => client.RespondToAuthChallengeAsync(
            new() { ClientId = "c", ChallengeName = "SMS_MFA", Session = "s" }, CancellationToken.None));

        Assert.Equal(1, handler.Count);
    }

    [Fact]
    public async Task FirstAttemptHangs_SecondAnswers_TheSafeOperationSucceeds()
    {
        int calls = 0;
        var handler = new CannedCognitoHandler(async (_, ct) =>
        {
            if (Interlocked.Increment(ref calls) == 1)
            {
                await Task.Delay(Timeout.Infinite, ct);
            }

            return CannedCognitoHandler.Json("""{"Username":"alice","UserAttributes":[]}""");
        });
        UserPoolsClient client = Client(handler, maxAttempts: 3, attemptTimeout: Short, overallTimeout: Long);

        GetUserResponse response = await client.GetUserAsync(new() { AccessToken = "t" }, CancellationToken.None);

        Assert.Equal("alice", response.Username);
        Assert.Equal(2, handler.Count);
    }

    [Fact]
    public async Task OverallTimeout_EndsTheCall_EvenWhenEachAttemptWouldWaitLonger()
    {
        var handler = Hanging();
        UserPoolsClient client = Client(handler, maxAttempts: 5, attemptTimeout: Long, overallTimeout: Short);

        await Assert.ThrowsAsync<CognitoUnavailableException>(() => client.GetUserAsync(new() { AccessToken = "t" }, CancellationToken.None));

        Assert.Equal(1, handler.Count);
    }

    private static CannedCognitoHandler Hanging() => new(async (_, ct) =>
    {
        await Task.Delay(Timeout.Infinite, ct);
        throw new InvalidOperationException("unreachable");
    });

    private static UserPoolsClient Client(HttpMessageHandler handler, int maxAttempts, TimeSpan attemptTimeout, TimeSpan overallTimeout)
    {
        var http = new HttpClient(handler, disposeHandler: false);
        var policy = new CognitoRetryPolicy(maxAttempts, baseDelay: TimeSpan.Zero, attemptTimeout, overallTimeout);
        return new UserPoolsClient(new AwsJsonClient(
            () => http, CognitoServiceEndpoint.UserPools(TestClients.Region, TestClients.Endpoint), policy, signer: null, NullLogger.Instance));
    }
}
