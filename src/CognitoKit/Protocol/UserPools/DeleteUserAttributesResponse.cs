namespace CognitoKit.Protocol.UserPools;

/// <summary>The <c>DeleteUserAttributes</c> answer (empty); unknown members are ignored.</summary>
internal sealed record DeleteUserAttributesResponse;
