using CognitoKit.Tokens;

namespace CognitoKit;

/// <summary>Sessions and token validation of the façade.</summary>
internal sealed partial class CognitoKitFacade
{
    public ICognitoSessions Sessions => _parts.Sessions;

    public ICognitoTokenValidator Tokens => _parts.Tokens;
}
