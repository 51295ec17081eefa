using System.Globalization;
using System.Text.Json.Nodes;
using CognitoKit.Testing.Host;
using CognitoKit.Testing.UserPools;

namespace CognitoKit.Testing.Hooks;

/// <summary>
/// Plain GET endpoints for clients that cannot reach the in-process hooks (the standalone host driven from Node,
/// Python, a shell): <c>/_emulator/health</c> and <c>/_emulator/inbox</c>. The leading underscore keeps them apart
/// from every AWS path: pool ids, <c>oauth2/</c> and <c>cognito-identity/</c> never start with one.
/// </summary>
internal sealed class EmulatorDebugApi : IHttpGetHandler
{
    public const string PathPrefix = "/_emulator/";
    private const int DefaultLimit = 10;
    private const int MaxLimit = 1000;
    private readonly EmulatorState state;

    public EmulatorDebugApi(EmulatorState state) => this.state = state;

    public async ValueTask<bool> TryHandleGetAsync(HttpContext context, string path, CancellationToken cancellationToken)
    {
        if (!path.StartsWith(PathPrefix, StringComparison.Ordinal))
        {
            return false;
        }

        JsonObject? body = path[PathPrefix.Length..].TrimEnd('/') switch
        {
            "health" => new JsonObject { ["status"] = "ok", ["endpoint"] = state.Endpoint.AbsoluteUri, ["region"] = state.Region },
            "inbox" => Inbox(context.Request.Query),
            "stats" => Stats(),
            _ => null,
        };
        if (body is null)
        {
            return false;
        }

        context.Response.StatusCode = 200;
        context.Response.ContentType = "application/json";
        context.Response.Headers.CacheControl = "no-store";
        await context.Response.WriteAsync(body.ToJsonString(), cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>How much the emulator holds: what a long run watches to see that expired state is forgotten.</summary>
    private JsonObject Stats() => new()
    {
        ["requestLog"] = new JsonObject
        {
            ["total"] = state.Requests.Total,
            ["held"] = state.Requests.All.Count,
            ["dropped"] = state.Requests.Dropped,
            ["capacity"] = state.Requests.Capacity,
        },
        ["inbox"] = new JsonObject { ["held"] = state.Inbox.All.Count, ["capacity"] = state.Inbox.Capacity },
        ["refreshTokens"] = state.RefreshTokens.SessionCount,
        ["signIns"] = state.RefreshTokens.OriginCount,
        ["authSessions"] = state.AuthSessions.Count,
    };

    /// <summary>The messages that match every filter given, newest first.</summary>
    private JsonObject Inbox(IQueryCollection query)
    {
        string? Filter(string name) => query[name].ToString() is { Length: > 0 } value ? value : null;
        var username = Filter("username");
        var destination = Filter("destination");
        var purpose = Filter("purpose");
        var userPoolId = Filter("userPoolId");
        var limit = DefaultLimit;
        if (Filter("limit") is { } text && (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit < 1 || limit > MaxLimit))
        {
            throw AwsServiceException.InvalidParameter($"limit must be a whole number from 1 to {MaxLimit}; got '{text}'.");
        }

        var messages = new JsonArray();
        foreach (var m in state.Inbox.All.Reverse()
            .Where(m => username is null || string.Equals(m.Username, username, StringComparison.OrdinalIgnoreCase))
            .Where(m => destination is null || string.Equals(m.Destination, destination, StringComparison.OrdinalIgnoreCase))
            .Where(m => purpose is null || m.Purpose.WireName() == purpose)
            .Where(m => userPoolId is null || m.UserPoolId == userPoolId)
            .Take(limit))
        {
            messages.Add(new JsonObject
            {
                ["userPoolId"] = m.UserPoolId,
                ["username"] = m.Username,
                ["destination"] = m.Destination,
                ["deliveryMedium"] = m.DeliveryMedium,
                ["purpose"] = m.Purpose.WireName(),
                ["code"] = m.Code,
                ["sentAt"] = Wire.Time(m.SentAt),
                ["message"] = m.Message,
            });
            if (m.Subject is not null)
            {
                messages[^1]!["subject"] = m.Subject;
            }
        }

        return new JsonObject { ["messages"] = messages };
    }
}
