namespace CognitoKit.Testing;

/// <summary>The <c>response</c> of triggers that answer nothing (post confirmation, pre and post authentication).</summary>
public sealed class TriggerEmptyResponse
{
}
