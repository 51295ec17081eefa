using CognitoKit.Tokens;

namespace CognitoKit.Tests.Tokens;

/// <summary>One token has one spelling: base64url segments must be the canonical encoding of their bytes.</summary>
public sealed class CognitoTokenValidatorCanonicalFormTests : IDisposable
{
    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    private readonly ValidatorFixture _f = new();

    public void Dispose() => _f.Dispose();

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public async Task Validate_SegmentWithNonZeroUnusedBits_IsMalformed(int segmentIndex)
    {
        var token = TokenWithPartialGroupInEverySegment();
        Assert.True((await _f.ValidateAsync(token, CognitoTokenUse.Access)).IsValid);
        var parts = token.Split('.');
        var segment = parts[segmentIndex];
        var unusedBits = segment.Length % 4 == 2 ? 0b1111 : 0b11;
        var last = Alphabet.IndexOf(segment[^1], StringComparison.Ordinal);
        Assert.Equal(0, last & unusedBits);

        for (var flip = 1; flip <= unusedBits; flip++)
        {
            var variant = (string[])parts.Clone();
            variant[segmentIndex] = segment[..^1] + Alphabet[last | flip];

            var result = await _f.ValidateAsync(string.Join('.', variant), CognitoTokenUse.Access);

            Assert.True(result.RejectionReason == TokenRejectionReason.Malformed, $"segment {segmentIndex}, unused bits {flip}: {result}");
        }
    }

    [Theory]
    [InlineData(0, "=")]
    [InlineData(0, "==")]
    [InlineData(1, "=")]
    [InlineData(2, "==")]
    [InlineData(2, "AAA")]
    public async Task Validate_SegmentWithPaddingOrImpossibleLength_IsMalformed(int segmentIndex, string suffix)
    {
        var parts = TokenWithPartialGroupInEverySegment().Split('.');
        parts[segmentIndex] += suffix;

        var result = await _f.ValidateAsync(string.Join('.', parts), CognitoTokenUse.Access);

        Assert.Equal(TokenRejectionReason.Malformed, result.RejectionReason);
    }

    /// <summary>
    /// Characters that base64 decoders commonly skip or accept (whitespace, the standard alphabet's '+' and '/') make a
    /// segment malformed wherever they stand, even in groups of four that keep its length possible.
    /// </summary>
    [Theory]
    [InlineData(0, "    ")]
    [InlineData(1, "\t\t\t\t")]
    [InlineData(1, "\r\n\r\n")]
    [InlineData(2, "  \n ")]
    [InlineData(1, "++//")]
    [InlineData(2, "AA+A")]
    public async Task Validate_SegmentWithCharactersOutsideBase64UrlAlphabet_IsMalformed(int segmentIndex, string inserted)
    {
        var parts = TokenWithPartialGroupInEverySegment().Split('.');
        parts[segmentIndex] = parts[segmentIndex].Insert(parts[segmentIndex].Length / 2 / 4 * 4, inserted);

        var result = await _f.ValidateAsync(string.Join('.', parts), CognitoTokenUse.Access);

        Assert.Equal(TokenRejectionReason.Malformed, result.RejectionReason);
    }

    /// <summary>A valid token whose three segments each end in a partial base64 group (length not a multiple of 4).</summary>
    private string TokenWithPartialGroupInEverySegment()
    {
        for (var pad = 0; pad < 3; pad++)
        {
            var claims = TestTokens.AccessClaims();
            claims["custom:pad"] = new string('p', pad);
            var token = TestTokens.Sign(_f.Key, claims);
            if (token.Split('.').All(s => s.Length % 4 != 0))
            {
                return token;
            }
        }

        throw new InvalidOperationException("No padding gave three partial groups.");
    }
}
