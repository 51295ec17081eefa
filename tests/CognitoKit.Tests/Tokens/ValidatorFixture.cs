using CognitoKit.Tokens;
using Microsoft.Extensions.Time.Testing;

namespace CognitoKit.Tests.Tokens;

/// <summary>A validator for <see cref="TestTokens.Issuer"/> with one signing key, a JWKS handler and a fake clock.</summary>
internal sealed class ValidatorFixture : IDisposable
{
    public ValidatorFixture(Action<CognitoTokenValidationOptions>? configure = null, TestSigningKey? key = null)
    {
        Key = key ?? new TestSigningKey("test-key-1");
        Handler = new JwksTestHandler(TestSigningKey.Jwks(Key));
        Time = new FakeTimeProvider(TestTokens.Now);
        Options = new CognitoTokenValidationOptions { Region = "eu-west-1", UserPoolId = "eu-west-1_TestPool1" };
        Options.AllowedClientIds.Add(TestTokens.ClientId);
        configure?.Invoke(Options);
        Http = new HttpClient(Handler);
        Validator = new CognitoTokenValidator(Options, Http, Time);
    }

    public TestSigningKey Key { get; }

    public JwksTestHandler Handler { get; }

    public FakeTimeProvider Time { get; }

    public CognitoTokenValidationOptions Options { get; }

    public HttpClient Http { get; }

    public CognitoTokenValidator Validator { get; }

    public ValueTask<CognitoTokenValidationResult> ValidateAsync(string token, CognitoTokenUse use) => Validator.ValidateAsync(token, use);

    public void Dispose()
    {
        Http.Dispose();
        Key.Dispose();
    }
}
