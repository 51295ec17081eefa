using System.Net;
using CognitoKit.Errors;

namespace CognitoKit.Tests.Protocol;

public sealed class RetryTests
{
    public static TheoryData<string, string> Operations() => TestClients.AllOperations();

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Throttling_IsRetriedUpToMaxAttempts_ForEveryOperation(string service, string operation)
    {
        var handler = new CannedCognitoHandler(_ => CannedCognitoHandler.Error("TooManyRequestsException", "Rate exceeded"));
        object client = TestClients.Client(service, handler, maxAttempts: 3);

        await Assert.ThrowsAsync<TooManyRequestsException>(() => TestClients.InvokeAsync(client, operation));

        Assert.Equal(3, handler.Count);
        Assert.All(handler.Calls, c => Assert.Equal(operation, c.Operation));
    }

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task InternalError_IsRetriedOnlyWhenSafeToRepeat(string service, string operation)
    {
        var handler = new CannedCognitoHandler(_ => CannedCognitoHandler.Error("InternalErrorException", "boom", HttpStatusCode.InternalServerError));
        object client = TestClients.Client(service, handler, maxAttempts: 3);

        await Assert.ThrowsAsync<InternalErrorException>(() => TestClients.InvokeAsync(client, operation));

        Assert.Equal(TestClients.Find(service, operation).SafeToRepeat ? 3 : 1, handler.Count);
    }

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task NetworkFault_IsRetriedOnlyWhenSafeToRepeat_ThenUnavailable(string service, string operation)
    {
        var handler = new CannedCognitoHandler(_ => throw new HttpRequestException(HttpRequestError.ConnectionError, "connection refused"));
        object client = TestClients.Client(service, handler, maxAttempts: 3);

        var ex = await Assert.ThrowsAsync<CognitoUnavailableException>(() => TestClients.InvokeAsync(client, operation));

        Assert.Equal(TestClients.Find(service, operation).SafeToRepeat ? 3 : 1, handler.Count);
        Assert.Contains(operation, ex.Message, StringComparison.Ordinal);
        Assert.True(ex.IsTransient);
    }

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task ProxyBadGateway_IsRetriedOnlyWhenSafeToRepeat(string service, string operation)
    {
        var handler = new CannedCognitoHandler(_ => new HttpResponseMessage(HttpStatusCode.BadGateway) { Content = new StringContent("<html><body>502 Bad Gateway</body></html>") });
        object client = TestClients.Client(service, handler, maxAttempts: 2);

        var ex = await Assert.ThrowsAsync<CognitoProtocolException>(() => TestClients.InvokeAsync(client, operation));

        Assert.Equal(TestClients.Find(service, operation).SafeToRepeat ? 2 : 1, handler.Count);
        Assert.Equal(HttpStatusCode.BadGateway, ex.StatusCode);
    }

    [Theory]
    [InlineData("NotAuthorizedException")]
    [InlineData("InvalidParameterException")]
    [InlineData("LimitExceededException")]
    [InlineData("SomethingNewException")]
    public async Task NonTransientError_IsNotRetried(string code)
    {
        var handler = new CannedCognitoHandler(_ => CannedCognitoHandler.Error(code));
        var client = TestClients.UserPools(handler, maxAttempts: 5);

        var ex = await Assert.ThrowsAnyAsync<CognitoException>(() => TestClients.InvokeAsync(client, "GetUser"));

        Assert.Equal(code, ex.ErrorCode);
        Assert.Equal(1, handler.Count);
    }

    [Fact]
    public async Task Throttling_ThenSuccess_ReturnsTheAnswer()
    {
        int n = 0;
        var handler = new CannedCognitoHandler(_ => ++n == 1
            ? CannedCognitoHandler.Error("TooManyRequestsException")
            : CannedCognitoHandler.Json("""{"UserConfirmed":false,"UserSub":"sub-1"}"""));
        var client = TestClients.UserPools(handler);

        var answer = await client.SignUpAsync(new() { ClientId = "c", Username = "u" }, CancellationToken.None);

        Assert.Equal("sub-1", answer.UserSub);
        Assert.Equal(2, handler.Count);
    }

    [Fact]
    public async Task MaxAttemptsOne_NeverRetries()
    {
        var handler = new CannedCognitoHandler(_ => CannedCognitoHandler.Error("TooManyRequestsException"));
        var client = TestClients.UserPools(handler, maxAttempts: 1);

        await Assert.ThrowsAsync<TooManyRequestsException>(() => client.GetUserAsync(new() { AccessToken = "t" }, CancellationToken.None));

        Assert.Equal(1, handler.Count);
    }

    [Fact]
    public async Task CallerCancellation_DuringAnAttempt_IsHonouredWithoutRetry()
    {
        using var cts = new CancellationTokenSource();
        var handler = new CannedCognitoHandler(async (_, ct) =>
        {
            await cts.CancelAsync();
            await Task.Delay(Timeout.Infinite, ct);
            throw new InvalidOperationException("unreachable");
        });
        var client = TestClients.UserPools(handler, maxAttempts: 5);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.GetUserAsync(new() { AccessToken = "t" }, cts.Token));

        Assert.Equal(1, handler.Count);
    }

    [Fact]
    public async Task CallerCancellation_DuringBackoff_StopsRetrying()
    {
        using var cts = new CancellationTokenSource();
        var handler = new CannedCognitoHandler(_ =>
        {
            cts.Cancel();
            return CannedCognitoHandler.Error("TooManyRequestsException");
        });
        var client = TestClients.UserPools(handler, maxAttempts: 5);

        // Either the answer in hand or the cancellation may surface; what matters is that no further attempt is made.
        await Assert.ThrowsAnyAsync<Exception>(() => client.GetUserAsync(new() { AccessToken = "t" }, cts.Token));

        Assert.Equal(1, handler.Count);
    }

    [Fact]
    public async Task AlreadyCancelledToken_SendsNothing()
    {
        var handler = new CannedCognitoHandler(_ => CannedCognitoHandler.Json("{}"));
        var client = TestClients.UserPools(handler);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.GetUserAsync(new() { AccessToken = "t" }, new CancellationToken(canceled: true)));

        Assert.Equal(0, handler.Count);
    }
}
