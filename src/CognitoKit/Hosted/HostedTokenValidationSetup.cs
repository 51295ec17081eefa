using CognitoKit.Tokens;
using Microsoft.Extensions.Options;

namespace CognitoKit.Hosted;

/// <summary>Lets the validator accept ID tokens of the hosted-UI app client when it differs from <c>CognitoKit:ClientId</c>.</summary>
internal sealed class HostedTokenValidationSetup : IConfigureOptions<CognitoTokenValidationOptions>
{
    private readonly IOptions<CognitoHostedUIOptions> _hosted;

    public HostedTokenValidationSetup(IOptions<CognitoHostedUIOptions> hosted) => _hosted = hosted;

    public void Configure(CognitoTokenValidationOptions options)
    {
        if (_hosted.Value.ClientId is { Length: > 0 } clientId && !options.AllowedClientIds.Contains(clientId))
        {
            options.AllowedClientIds.Add(clientId);
        }
    }
}
