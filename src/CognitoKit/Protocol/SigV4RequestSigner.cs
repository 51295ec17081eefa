using Amazon;
using Amazon.Runtime;
using Amazon.Runtime.Signing;

namespace CognitoKit.Protocol;

/// <summary>
/// Signs requests with AWS Signature Version 4 through the AWS SDK's own standalone signer
/// (<see cref="AWSSigV4Signer"/>), so CognitoKit carries no signing code of its own.
/// </summary>
/// <remarks>
/// <c>Content-Type</c> and <c>X-Amz-Target</c> are signed with the host, as the AWS SDKs do for JSON protocols. Each
/// attempt of a call is signed again, so a retry carries a fresh <c>X-Amz-Date</c>.
/// </remarks>
internal sealed class SigV4RequestSigner : IRequestSigner
{
    private readonly AwsCredentialsSource _credentials;

    public SigV4RequestSigner(AwsCredentialsSource credentials) => _credentials = credentials;

    public async ValueTask SignAsync(HttpRequestMessage request, ReadOnlyMemory<byte> body, CognitoServiceEndpoint service, CancellationToken cancellationToken)
    {
        AWSCredentials credentials = await _credentials.GetAsync(cancellationToken).ConfigureAwait(false);
        var signing = new AWSSigningRequest
        {
            HttpMethod = request.Method,
            RequestUri = request.RequestUri ?? service.Endpoint,
            Content = System.Runtime.InteropServices.MemoryMarshal.TryGetArray(body, out ArraySegment<byte> whole) && whole.Offset == 0 && whole.Count == whole.Array!.Length
                ? whole.Array
                : body.ToArray(),
        };

        if (request.Content?.Headers.ContentType is { } contentType)
        {
            signing.Headers["Content-Type"] = contentType.ToString();
        }

        if (request.Headers.TryGetValues("X-Amz-Target", out var target))
        {
            signing.Headers["X-Amz-Target"] = string.Join(",", target);
        }

        var parameters = new AWSSigV4Parameters
        {
            Credentials = credentials,
            Region = RegionEndpoint.GetBySystemName(service.Region),
            Service = service.SigningName,
        };

        AWSSigningResult result = await AWSSigV4Signer.SignAsync(signing, parameters, cancellationToken).ConfigureAwait(false);
        foreach (KeyValuePair<string, string> header in result.Headers)
        {
            if (header.Key.Equals("Content-Type", StringComparison.OrdinalIgnoreCase)
                || header.Key.Equals("X-Amz-Target", StringComparison.OrdinalIgnoreCase)
                || header.Key.Equals("Host", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            request.Headers.Remove(header.Key);
            request.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }
    }
}
