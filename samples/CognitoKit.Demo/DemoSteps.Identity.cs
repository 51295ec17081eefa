using Amazon.Runtime;

namespace CognitoKit.Demo;

/// <summary>Identity pools: AWS credentials for guests and signed-in users, used by a real AWS SDK client.</summary>
internal static partial class DemoSteps
{
    private static async Task<string> GuestCredentialsAsync(DemoContext c, CancellationToken ct)
    {
        CognitoAWSCredentials guest = c.Cognito.Identity.ForGuest();
        ImmutableCredentials keys;
        try
        {
            keys = await guest.GetCredentialsAsync();
        }
        catch (GuestAccessNotAllowedException) when (!c.OnEmulator)
        {
            return DemoContext.Skip("the identity pool does not allow guests (unauthenticated identities)");
        }

        c.GuestArn = await c.Sts.ArnAsync(guest, ct);
        return $"identity {guest.IdentityId}, key {Shown.Secret(keys.AccessKey, 4)}; signed STS GetCallerIdentity answers {c.GuestArn}";
    }

    private static async Task<string> SignedInCredentialsAsync(DemoContext c, CancellationToken ct)
    {
        CognitoAWSCredentials credentials = c.Cognito.Identity.ForSession(c.Session!);
        string arn = await c.Sts.ArnAsync(credentials, ct);
        DemoContext.Check(arn != c.GuestArn, "the signed-in user got the guest's role");
        string versus = c.GuestArn is null ? string.Empty : " (not the guest's role)";
        return $"identity {credentials.IdentityId}; signed STS GetCallerIdentity answers {arn}{versus}";
    }
}
