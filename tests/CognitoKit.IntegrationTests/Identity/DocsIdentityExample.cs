using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;
using Amazon.SecurityToken;
using Amazon.SecurityToken.Model;

namespace CognitoKit.IntegrationTests.Identity;

/// <summary>The examples of docs/identity-pools.md, compiled and run by <see cref="DocsIdentityExampleTests"/>.</summary>
internal static class DocsIdentityExample
{
    // docs: signed-in
    public static async Task<string> UploadForUserAsync(ICognitoKit cognito, CognitoSession session, AmazonS3Config s3Config)
    {
        CognitoAWSCredentials credentials = cognito.Identity.ForSession(session);
        using var s3 = new AmazonS3Client(credentials, s3Config);
        string identityId = await credentials.GetIdentityIdAsync();
        await s3.PutObjectAsync(new PutObjectRequest
        {
            BucketName = "my-app-user-files",
            Key = $"private/{identityId}/notes.txt",
            ContentBody = "hello",
        });
        return identityId;
    }

    // docs: guest
    public static async Task<(string GuestArn, string UserArn, string GuestIdentityId, string UserIdentityId)> GuestThenSignInAsync(
        ICognitoKit cognito, string? visitorGuestId, Func<Task<CognitoSession>> signIn, AmazonSecurityTokenServiceConfig stsConfig)
    {
        // Each visitor gets a guest identity of their own; keep its id in the visitor's server-side session.
        CognitoAWSCredentials guest = visitorGuestId is null ? cognito.Identity.ForNewGuest() : cognito.Identity.ForGuest(visitorGuestId);
        string guestIdentityId = await guest.GetIdentityIdAsync();
        using var asGuest = new AmazonSecurityTokenServiceClient(guest, stsConfig);
        string guestArn = (await asGuest.GetCallerIdentityAsync(new GetCallerIdentityRequest())).Arn;

        CognitoSession session = await signIn();
        // ... later, this visitor signs in: their own guest identity is carried into the user's.
        CognitoAWSCredentials user = cognito.Identity.ForSession(session, guestIdentityId: guestIdentityId);
        using var asUser = new AmazonSecurityTokenServiceClient(user, stsConfig);
        string userArn = (await asUser.GetCallerIdentityAsync(new GetCallerIdentityRequest())).Arn;
        return (guestArn, userArn, guestIdentityId, await user.GetIdentityIdAsync());
    }

    // docs: basic
    public static async Task<string> BasicFlowAsync(ICognitoKit cognito, CognitoSession session, AmazonSecurityTokenServiceConfig stsConfig)
    {
        CognitoRoleCredentials role = await cognito.Identity.AssumeRoleWithWebIdentityAsync(
            session, "arn:aws:iam::123456789012:role/signed-in", CancellationToken.None);
        AWSCredentials credentials = role.ToAWSCredentials();
        using var sts = new AmazonSecurityTokenServiceClient(credentials, stsConfig);
        return (await sts.GetCallerIdentityAsync(new GetCallerIdentityRequest())).Arn;
    }

    // docs: errors
    public static async Task<string> DescribeFailureAsync(CognitoAWSCredentials credentials)
    {
        try
        {
            await credentials.GetCredentialsAsync();
            return "ok";
        }
        catch (GuestAccessNotAllowedException)
        {
            return "sign in to continue";
        }
        catch (IdentityLoginRejectedException)
        {
            return "sign in again";
        }
        catch (IdentityThrottledException)
        {
            return "busy, try again";
        }
        catch (IdentityPoolNotFoundException)
        {
            return "misconfigured";
        }
    }
}
