using CognitoKit.Tokens;

namespace CognitoKit.Tests.MultiplePools;

public sealed class MultiPoolTokenValidatorTests
{
    private static Action<CognitoTokenValidationOptions> Pool(string poolId, string clientId) => p =>
    {
        p.UserPoolId = poolId;
        p.AllowedClientIds.Add(clientId);
    };

    [Fact]
    public void Create_WithNoPool_ThrowsArgumentException()
    {
        using var http = new HttpClient();

        var error = Assert.Throws<ArgumentException>(() => new CognitoMultiPoolTokenValidator(new CognitoMultiPoolValidationOptions(), http));

        Assert.Contains("trusts no pool", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_WithOnePoolTwice_ThrowsNamingTheIssuer()
    {
        using var http = new HttpClient();
        var options = new CognitoMultiPoolValidationOptions()
            .TrustPool(Pool("eu-west-1_Abc", "client1"))
            .TrustPool(Pool("eu-west-1_Abc", "client2"));

        var error = Assert.Throws<ArgumentException>(() => new CognitoMultiPoolTokenValidator(options, http));

        Assert.Contains("'https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_Abc' is trusted twice", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_WithAPoolWhoseIssuerCheckIsOff_ThrowsArgumentException()
    {
        using var http = new HttpClient();
        var options = new CognitoMultiPoolValidationOptions()
            .TrustPool(Pool("eu-west-1_Abc", "client1"))
            .TrustPool(p =>
            {
                Pool("eu-west-1_Def", "client2")(p);
                p.ValidateIssuer = false;
            });

        var error = Assert.Throws<ArgumentException>(() => new CognitoMultiPoolTokenValidator(options, http));

        Assert.Contains("Trusted pool 2 turns ValidateIssuer off", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_WithAnIncompletePool_NamesThePool()
    {
        using var http = new HttpClient();
        var options = new CognitoMultiPoolValidationOptions()
            .TrustPool(Pool("eu-west-1_Abc", "client1"))
            .TrustPool(p => p.UserPoolId = "eu-west-1_Def");

        var error = Assert.Throws<ArgumentException>(() => new CognitoMultiPoolTokenValidator(options, http));

        Assert.StartsWith("Trusted pool 2: CognitoTokenValidationOptions.AllowedClientIds", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not-a-token", TokenRejectionReason.Malformed)]
    [InlineData("eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.", TokenRejectionReason.UnsupportedAlgorithm)]
    public async Task Validate_ATokenNoPoolCanRead_KeepsItsOwnReason(string token, TokenRejectionReason expected)
    {
        using var http = new HttpClient(new RefusingHandler());
        var validator = new CognitoMultiPoolTokenValidator(
            new CognitoMultiPoolValidationOptions().TrustPool(Pool("eu-west-1_Abc", "client1")).TrustPool(Pool("eu-west-1_Def", "client2")), http);

        CognitoTokenValidationResult result = await validator.ValidateAsync(token, CognitoTokenUse.Access);

        Assert.Equal(expected, result.RejectionReason);
    }

    [Fact]
    public async Task Validate_ATokenWithoutIssuer_IsWrongIssuerWithoutAnyRequest()
    {
        using var http = new HttpClient(new RefusingHandler());
        var validator = new CognitoMultiPoolTokenValidator(
            new CognitoMultiPoolValidationOptions().TrustPool(Pool("eu-west-1_Abc", "client1")).TrustPool(Pool("eu-west-1_Def", "client2")), http);

        // {"alg":"RS256","kid":"k"} . {"sub":"x","exp":4102444800,"iat":1700000000,"token_use":"access","client_id":"client1"}
        CognitoTokenValidationResult result = await validator.ValidateAsync(
            "eyJhbGciOiJSUzI1NiIsImtpZCI6ImsifQ.eyJzdWIiOiJ4IiwiZXhwIjo0MTAyNDQ0ODAwLCJpYXQiOjE3MDAwMDAwMDAsInRva2VuX3VzZSI6ImFjY2VzcyIsImNsaWVudF9pZCI6ImNsaWVudDEifQ.c2ln",
            CognitoTokenUse.Access);

        Assert.Equal(TokenRejectionReason.WrongIssuer, result.RejectionReason);
        Assert.Equal(2, validator.Pools.Count);
        Assert.Equal(4, validator.AcceptedIssuers.Count);
    }

    /// <summary>Fails the test's expectations loudly: no request may be made.</summary>
    private sealed class RefusingHandler : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            throw new InvalidOperationException($"Unexpected request to {request.RequestUri}.");
    }
}
