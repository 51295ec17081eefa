using System.Net;

namespace CognitoKit;

/// <summary>
/// The base of the errors CognitoKit raises when an identity pool refuses to give out an identity or credentials.
/// <see cref="CognitoException.ErrorCode"/>, <see cref="CognitoException.RequestId"/> and
/// <see cref="CognitoException.StatusCode"/> are those of Cognito's answer, which is kept as <see cref="Exception.InnerException"/>.
/// </summary>
/// <remarks>Messages name the identity pool and the operation; they never contain a token, secret key or session token.</remarks>
public class CognitoIdentityException : CognitoException
{
    /// <summary>Creates the error from Cognito's answer.</summary>
    /// <param name="identityPoolId">The identity pool that was asked.</param>
    /// <param name="message">What went wrong and what to do about it.</param>
    /// <param name="cause">Cognito's answer.</param>
    public CognitoIdentityException(string identityPoolId, string message, CognitoException cause)
        : base(cause?.ErrorCode ?? "Unknown", message, cause?.RequestId, cause?.StatusCode ?? HttpStatusCode.BadRequest, cause)
    {
        IdentityPoolId = identityPoolId;
    }

    /// <summary>The identity pool that refused.</summary>
    public string IdentityPoolId { get; }

    /// <inheritdoc />
    public override bool IsTransient => InnerException is CognitoException { IsTransient: true };
}
