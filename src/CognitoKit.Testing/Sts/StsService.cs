using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using CognitoKit.Testing.Host;
using CognitoKit.Testing.IdentityPools;

namespace CognitoKit.Testing.Sts;

/// <summary>
/// STS in the query protocol: <c>AssumeRoleWithWebIdentity</c> for the OpenID tokens of the identity pools, and
/// <c>GetCallerIdentity</c>, which verifies the SigV4 signature so a test can prove that issued credentials sign.
/// </summary>
internal sealed partial class StsService : IAwsFormService
{
    private const string StsVersion = "2011-06-15";
    private readonly EmulatorState state;
    private readonly IdentityStore store;

    public StsService(EmulatorState state)
    {
        this.state = state;
        store = IdentityStore.For(state);
    }

    public async ValueTask<bool> TryHandleAsync(HttpContext context, IReadOnlyDictionary<string, string> form, string requestId, CancellationToken cancellationToken)
    {
        var action = form.GetValueOrDefault("Action") ?? string.Empty;
        if (form.GetValueOrDefault("Version") is { } version && version != StsVersion)
        {
            return false;
        }

        try
        {
            var result = action switch
            {
                "GetCallerIdentity" => await GetCallerIdentityAsync(context, form, cancellationToken).ConfigureAwait(false),
                "AssumeRoleWithWebIdentity" => AssumeRoleWithWebIdentity(form),
                _ => throw new StsException("InvalidAction", "Could not find operation " + action + " for version " + StsVersion),
            };
            await StsXml.WriteResultAsync(context, action, requestId, result).ConfigureAwait(false);
        }
        catch (StsException error)
        {
            await StsXml.WriteErrorAsync(context, requestId, error).ConfigureAwait(false);
        }

        return true;
    }

    private async Task<XElement> GetCallerIdentityAsync(HttpContext context, IReadOnlyDictionary<string, string> form, CancellationToken cancellationToken)
    {
        var credentials = SigV4Verifier.Verify(context, form, await RawBodyAsync(context, cancellationToken).ConfigureAwait(false), store.Credentials, state.Now, "sts");
        return StsXml.E(
            "GetCallerIdentityResult",
            StsXml.E("Arn", credentials.AssumedRoleArn),
            StsXml.E("UserId", credentials.AssumedRoleId),
            StsXml.E("Account", credentials.Account));
    }

    private XElement AssumeRoleWithWebIdentity(IReadOnlyDictionary<string, string> form)
    {
        var roleArn = Required(form, "RoleArn");
        var sessionName = Required(form, "RoleSessionName");
        var token = Required(form, "WebIdentityToken");
        if (roleArn.Length < 20 || !RoleArns.IsValid(roleArn))
        {
            throw StsException.Validation("Request ARN is invalid");
        }

        if (!SessionNamePattern().IsMatch(sessionName))
        {
            throw StsException.Validation($"1 validation error detected: Value '{sessionName}' at 'roleSessionName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]*");
        }

        var duration = 3600;
        if (form.GetValueOrDefault("DurationSeconds") is { } text)
        {
            if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out duration) || duration < 900 || duration > 43200)
            {
                throw StsException.Validation($"1 validation error detected: Value '{text}' at 'durationSeconds' failed to satisfy constraint: Member must have value {(duration < 900 ? "greater than or equal to 900" : "less than or equal to 43200")}");
            }
        }

        var identity = WebIdentityTokens.Validate(state, store, token);
        var roleType = identity.Authenticated ? "authenticated" : "unauthenticated";
        lock (store.Gate)
        {
            // Stands in for the role's trust policy: Cognito roles trust the pool (aud) and one kind of identity (amr).
            if (!store.Pools.TryGetValue(identity.Audience, out var pool) || pool.Roles.GetValueOrDefault(roleType) != roleArn)
            {
                throw new StsException("AccessDenied", "Not authorized to perform sts:AssumeRoleWithWebIdentity", 403);
            }
        }

        var credentials = store.Credentials.Issue(roleArn, sessionName, identity.Subject, state.Now.AddSeconds(duration));
        return StsXml.E(
            "AssumeRoleWithWebIdentityResult",
            StsXml.E(
                "Credentials",
                StsXml.E("AccessKeyId", credentials.AccessKeyId),
                StsXml.E("SecretAccessKey", credentials.SecretKey),
                StsXml.E("SessionToken", credentials.SessionToken),
                StsXml.E("Expiration", StsXml.Time(credentials.Expiration))),
            StsXml.E("SubjectFromWebIdentityToken", identity.Subject),
            StsXml.E(
                "AssumedRoleUser",
                StsXml.E("Arn", credentials.AssumedRoleArn),
                StsXml.E("AssumedRoleId", credentials.AssumedRoleId)),
            StsXml.E("Provider", identity.Issuer),
            StsXml.E("Audience", identity.Audience));
    }

    private static string Required(IReadOnlyDictionary<string, string> form, string member) =>
        form.GetValueOrDefault(member) is { Length: > 0 } value ? value : throw StsException.MissingMember(member);

    /// <summary>The exact body when the host left it rewindable; null when it was consumed reading the form.</summary>
    private static async Task<byte[]?> RawBodyAsync(HttpContext context, CancellationToken cancellationToken)
    {
        if (!context.Request.Body.CanSeek)
        {
            return null;
        }

        context.Request.Body.Position = 0;
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        return buffer.ToArray();
    }

    [GeneratedRegex(@"^[\w+=,.@-]{2,64}$")]
    private static partial Regex SessionNamePattern();
}
