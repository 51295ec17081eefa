using Amazon.Runtime;
using Amazon.Runtime.Credentials;

namespace CognitoKit.Protocol;

/// <summary>
/// The AWS credentials that sign the <c>Admin*</c> operations: the ones given to CognitoKit, or else the AWS SDK's
/// default credential chain (environment, profile, container, instance), resolved on the first signed call only, so an
/// app that never calls an admin operation never needs AWS credentials.
/// </summary>
internal sealed class AwsCredentialsSource
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private AWSCredentials? _credentials;

    /// <summary>Uses <paramref name="credentials"/>, or the default chain when it is null.</summary>
    public AwsCredentialsSource(AWSCredentials? credentials) => _credentials = credentials;

    /// <summary>The credentials; resolves the default chain once, and tries again on a later call if that failed.</summary>
    public async ValueTask<AWSCredentials> GetAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _credentials) is { } known)
        {
            return known;
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_credentials is { } raced)
            {
                return raced;
            }

            AWSCredentials resolved;
            try
            {
                using var resolver = new DefaultAWSCredentialsIdentityResolver();
                resolved = await resolver.ResolveIdentityAsync(null, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is AmazonClientException or AmazonServiceException or InvalidOperationException)
            {
                // The SDK's message names the places it looked, never a key.
                throw new InvalidOperationException(
                    "The Admin* operations are signed with AWS credentials, and none were found: call services.AddCognitoKit(...).AddAdminCredentials(...), " +
                    "register an AWSCredentials service, or configure the AWS default credential chain (environment, profile, container or instance role). " +
                    ex.Message,
                    ex);
            }

            Volatile.Write(ref _credentials, resolved);
            return resolved;
        }
        finally
        {
            _gate.Release();
        }
    }
}
