using System.Net;
using CognitoKit.Tokens;
using CognitoKit.Tokens.Validation;
using Microsoft.Extensions.Time.Testing;

namespace CognitoKit.Tests.Tokens;

/// <summary>Fetched signing keys age out: a key the pool dropped stops validating, and a JWKS is read with a bounded buffer.</summary>
public sealed class JwksMaxAgeTests : IDisposable
{
    private readonly ValidatorFixture _f = new(o => o.Issuer = TestTokens.Issuer);

    public void Dispose() => _f.Dispose();

    [Fact]
    public async Task KeyRemovedFromTheJwks_StopsValidating_OnceTheKeysArePastTheirMaximumAge()
    {
        await _f.Validator.PreloadAsync();
        using var successor = new TestSigningKey("test-key-2");
        _f.Handler.JwksJson = TestSigningKey.Jwks(successor);
        var later = TestTokens.Now.AddHours(1).AddSeconds(1);
        var token = TestTokens.Sign(_f.Key, TestTokens.AccessClaims(later));

        _f.Time.Advance(TimeSpan.FromMinutes(59));
        Assert.True((await _f.ValidateAsync(TestTokens.Sign(_f.Key, TestTokens.AccessClaims(_f.Time.GetUtcNow())), CognitoTokenUse.Access)).IsValid);
        Assert.Equal(1, _f.Handler.Fetches);

        _f.Time.SetUtcNow(later);
        var result = await ValidateUntilRejectedAsync(token);

        Assert.Equal(TokenRejectionReason.UnknownKey, result.RejectionReason);
        Assert.Equal(2, _f.Handler.Fetches);
        Assert.True((await _f.ValidateAsync(TestTokens.Sign(successor, TestTokens.AccessClaims(later)), CognitoTokenUse.Access)).IsValid);
    }

    [Fact]
    public async Task FailedRefresh_KeepsTheOldKeys_AndTriesAgainLater()
    {
        await _f.Validator.PreloadAsync();
        _f.Handler.Offline = true;
        var later = TestTokens.Now.AddHours(2);
        _f.Time.SetUtcNow(later);
        var token = TestTokens.Sign(_f.Key, TestTokens.AccessClaims(later));

        Assert.True((await _f.ValidateAsync(token, CognitoTokenUse.Access)).IsValid);
        await WaitForFetchesAsync(2);
        Assert.True((await _f.ValidateAsync(token, CognitoTokenUse.Access)).IsValid);
        Assert.Equal(2, _f.Handler.Fetches);

        // The failed fetch is counted when its request starts and may still be finishing; a validation while it runs
        // shares it rather than starting another, so validate until the next fetch starts (every answer still valid).
        _f.Time.Advance(JwksCache.RefetchInterval);
        _f.Handler.Offline = false;
        var deadline = DateTime.UtcNow.AddSeconds(10);
        do
        {
            Assert.True((await _f.ValidateAsync(token, CognitoTokenUse.Access)).IsValid);
            await Task.Delay(10);
        }
        while (_f.Handler.Fetches < 3 && DateTime.UtcNow < deadline);

        await WaitForFetchesAsync(3);
    }

    [Fact]
    public void JwksMaxAge_OutsideOneMinuteToSevenDays_IsRefused()
    {
        using var http = new HttpClient();
        foreach (var age in new[] { TimeSpan.FromSeconds(59), TimeSpan.FromDays(8) })
        {
            var options = new CognitoTokenValidationOptions { Issuer = TestTokens.Issuer, ValidateClientId = false, JwksMaxAge = age };
            var ex = Assert.Throws<ArgumentException>(() => new CognitoTokenValidator(options, http));
            Assert.Contains("JwksMaxAge", ex.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task ChunkedJwksOverOneMegabyte_IsRefused_WithoutReadingItAll()
    {
        var body = new CountingStream(8 * 1024 * 1024);
        using var handler = new StreamingHandler(body);
        using var http = new HttpClient(handler);
        var options = new CognitoTokenValidationOptions { Issuer = TestTokens.Issuer, ValidateClientId = false };
        var validator = new CognitoTokenValidator(options, http, new FakeTimeProvider(TestTokens.Now));

        var ex = await Assert.ThrowsAsync<CognitoTokenValidationException>(() => validator.PreloadAsync());

        Assert.Equal(TokenRejectionReason.JwksUnavailable, ex.Reason);
        Assert.Contains("larger than 1 MB", ex.Message, StringComparison.Ordinal);
        Assert.Null(handler.ContentLength);
        Assert.InRange(body.BytesRead, 1024 * 1024 + 1, (1024 * 1024) + (64 * 1024));
    }

    private async Task<CognitoTokenValidationResult> ValidateUntilRejectedAsync(string token)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            var result = await _f.ValidateAsync(token, CognitoTokenUse.Access);
            if (!result.IsValid || DateTime.UtcNow > deadline)
            {
                return result;
            }

            await Task.Delay(10);
        }
    }

    private async Task WaitForFetchesAsync(int count)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (_f.Handler.Fetches < count && DateTime.UtcNow < deadline)
        {
            await Task.Delay(10);
        }

        Assert.Equal(count, _f.Handler.Fetches);
    }

    /// <summary>Answers with a body of unknown length (no Content-Length), as a chunked response has.</summary>
    private sealed class StreamingHandler(Stream body) : HttpMessageHandler
    {
        public long? ContentLength { get; private set; }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var content = new StreamContent(body);
            ContentLength = content.Headers.ContentLength;
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = content });
        }
    }

    /// <summary>A forward-only stream of spaces that counts how much of it was read.</summary>
    private sealed class CountingStream(long length) : Stream
    {
        private long _read;

        public long BytesRead => Interlocked.Read(ref _read);

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(Math.Min(count, 4096), length - _read);
            buffer.AsSpan(offset, n).Fill((byte)' ');
            Interlocked.Add(ref _read, n);
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
