
namespace CognitoKit.BlazorSample;

/// <summary>The tab's signed-in user: the session lives in the WebAssembly memory only, never in localStorage.</summary>
public sealed class SignedInUser
{
    /// <summary>The session, or null when nobody is signed in.</summary>
    public CognitoSession? Session { get; set; }
}
