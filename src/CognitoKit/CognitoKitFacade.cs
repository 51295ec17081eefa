using Microsoft.Extensions.Options;

namespace CognitoKit;

/// <summary>The <see cref="ICognitoKit"/> behind dependency injection.</summary>
internal sealed class CognitoKitFacade : ICognitoKit
{
    public CognitoKitFacade(IOptions<CognitoKitOptions> options)
    {
        Options = options.Value;
    }

    public CognitoKitOptions Options { get; }
}
