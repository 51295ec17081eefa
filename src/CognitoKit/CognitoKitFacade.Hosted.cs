namespace CognitoKit;

/// <summary>Hosted sign-in of the façade.</summary>
internal sealed partial class CognitoKitFacade
{
    public ICognitoHostedUI HostedUI => _parts.HostedUI;
}
