namespace CognitoKit.Protocol;

/// <summary>Signs a request with SigV4 before it is sent (for the <c>Admin*</c> operations).</summary>
internal interface IRequestSigner
{
    /// <summary>Adds the SigV4 headers to <paramref name="request"/>, whose body is <paramref name="body"/>.</summary>
    ValueTask SignAsync(HttpRequestMessage request, ReadOnlyMemory<byte> body, CognitoServiceEndpoint service, CancellationToken cancellationToken);
}
