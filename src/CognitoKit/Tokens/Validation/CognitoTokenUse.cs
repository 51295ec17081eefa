namespace CognitoKit.Tokens;

/// <summary>The kind of Cognito user pool token, as carried in its <c>token_use</c> claim.</summary>
public enum CognitoTokenUse
{
    /// <summary>An ID token (<c>token_use</c> = <c>id</c>): identifies the user to the client; audience is <c>aud</c>.</summary>
    Id = 1,

    /// <summary>An access token (<c>token_use</c> = <c>access</c>): authorizes API calls; client is <c>client_id</c>.</summary>
    Access = 2,
}
