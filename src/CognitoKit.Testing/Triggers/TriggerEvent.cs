using System.Text.Json.Serialization.Metadata;

namespace CognitoKit.Testing;

/// <summary>
/// The fields every user pool trigger event carries, named as in Cognito's Lambda events (<c>version</c>,
/// <c>triggerSource</c>, <c>region</c>, <c>userPoolId</c>, <c>userName</c>, <c>callerContext</c>). A webhook receives and
/// answers the same JSON.
/// </summary>
public abstract class TriggerEvent
{
    private protected TriggerEvent()
    {
    }

    /// <summary>The event version: <c>1</c>, or <c>2</c> for a pre token generation V2 event.</summary>
    public string Version { get; set; } = "1";

    /// <summary>What caused the event, e.g. <c>PreSignUp_SignUp</c> or <c>TokenGeneration_RefreshTokens</c>.</summary>
    public string TriggerSource { get; set; } = string.Empty;

    /// <summary>The emulator's region.</summary>
    public string Region { get; set; } = string.Empty;

    /// <summary>The pool's id.</summary>
    public string UserPoolId { get; set; } = string.Empty;

    /// <summary>The user's real user name (for user migration and pre sign-up, the name the client sent).</summary>
    public string? UserName { get; set; }

    /// <summary>The SDK version and app client of the request.</summary>
    public TriggerCallerContext CallerContext { get; set; } = new();

    /// <summary>The trigger's name in Cognito's error messages, e.g. <c>PreSignUp</c>.</summary>
    internal abstract string TriggerName { get; }

    /// <summary>The source-generated JSON contract of the concrete event.</summary>
    internal abstract JsonTypeInfo JsonTypeInfo { get; }

    /// <summary>Takes the <c>response</c> of an event a webhook answered; false when it has none.</summary>
    internal abstract bool TakeResponseFrom(TriggerEvent answered);
}
