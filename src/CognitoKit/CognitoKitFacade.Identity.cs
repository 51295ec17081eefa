namespace CognitoKit;

/// <summary>Identity pools of the façade.</summary>
internal sealed partial class CognitoKitFacade
{
    public ICognitoIdentity Identity => _parts.Identity;
}
