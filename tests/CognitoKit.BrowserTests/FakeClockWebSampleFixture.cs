using CognitoKit.WebSample;
using Microsoft.Extensions.Time.Testing;

namespace CognitoKit.BrowserTests;

/// <summary>The web sample and its emulator on one fake clock, which the tests move (tokens expire, TOTP steps pass).</summary>
public sealed class FakeClockWebSampleFixture : WebSampleFixture
{
    private readonly WebSampleHostOptions options;

    public FakeClockWebSampleFixture() => options = new WebSampleHostOptions { TimeProvider = Clock };

    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    protected override WebSampleHostOptions? HostOptions => options;
}
