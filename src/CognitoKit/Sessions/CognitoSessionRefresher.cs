using System.Diagnostics;
using CognitoKit.Diagnostics;
using CognitoKit.Protocol.UserPools;
using CognitoKit.Shared;
using Microsoft.Extensions.Options;

namespace CognitoKit.Sessions;

/// <summary>
/// Refreshes sessions through Cognito: <c>InitiateAuth(REFRESH_TOKEN_AUTH)</c>, or <c>GetTokensFromRefreshToken</c>
/// when the app client rotates refresh tokens (<see cref="CognitoKitOptions.RefreshTokenRotation"/>).
/// </summary>
/// <remarks>
/// The <c>SECRET_HASH</c> is computed with <see cref="CognitoSession.Username"/>, the username Cognito knows the user by
/// (read from the tokens), never the alias the user typed: with email sign-in the two differ and Cognito would refuse it.
/// </remarks>
internal sealed class CognitoSessionRefresher : ISessionRefresher
{
    private readonly IUserPoolsClient _client;
    private readonly CognitoKitOptions _options;
    private readonly AppClient _app;
    private readonly TimeProvider _time;

    public CognitoSessionRefresher(IUserPoolsClient client, IOptions<CognitoKitOptions> options, AppClient app, TimeProvider time)
    {
        _client = client;
        _options = options.Value;
        _app = app;
        _time = time;
    }

    /// <summary>Where refreshes are counted and timed.</summary>
    public CognitoKitMetrics Metrics { get; init; } = CognitoKitMetrics.Shared;

    public async Task<CognitoTokens> RefreshAsync(string username, string? deviceKey, string refreshToken, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(username);
        ArgumentException.ThrowIfNullOrEmpty(refreshToken);
        if (!Telemetry.Source.HasListeners() && !Metrics.Refreshes.Enabled && !Metrics.RefreshDuration.Enabled)
        {
            return await RefreshCoreAsync(username, deviceKey, refreshToken, cancellationToken).ConfigureAwait(false);
        }

        string flow = _options.RefreshTokenRotation ? "GetTokensFromRefreshToken" : AuthFlowType.RefreshTokenAuth;
        long started = Stopwatch.GetTimestamp();
        using Activity? activity = Telemetry.Source.StartActivity(Telemetry.RefreshSpan);
        activity?.SetTag(Telemetry.RefreshFlow, flow);
        string? errorType = null;
        try
        {
            return await RefreshCoreAsync(username, deviceKey, refreshToken, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            errorType = Telemetry.ErrorTypeOf(ex);
            throw;
        }
        finally
        {
            var tags = new TagList { { Telemetry.Outcome, errorType is null ? Telemetry.Success : Telemetry.Failure } };
            if (errorType is not null)
            {
                tags.Add(Telemetry.ErrorType, errorType);
            }

            if (activity is not null)
            {
                activity.SetTag(Telemetry.Outcome, errorType is null ? Telemetry.Success : Telemetry.Failure);
                if (errorType is not null)
                {
                    Telemetry.Fail(activity, errorType);
                }
            }

            Metrics.Refreshes.Add(1, tags);
            Metrics.RefreshDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, tags);
        }
    }

    private async Task<CognitoTokens> RefreshCoreAsync(string username, string? deviceKey, string refreshToken, CancellationToken cancellationToken)
    {
        AuthenticationResultType? result = _options.RefreshTokenRotation
            ? await RotateAsync(deviceKey, refreshToken, cancellationToken).ConfigureAwait(false)
            : await InitiateAsync(username, deviceKey, refreshToken, cancellationToken).ConfigureAwait(false);

        if (result is null)
        {
            throw new CognitoProtocolException("Cognito answered the refresh without an AuthenticationResult.", null, System.Net.HttpStatusCode.OK);
        }

        // REFRESH_TOKEN_AUTH returns no refresh token: the one we sent stays valid. Rotation returns its replacement.
        return CognitoSessionFactory.ReadTokens(result, refreshToken, _time);
    }

    private async Task<AuthenticationResultType?> InitiateAsync(string username, string? deviceKey, string refreshToken, CancellationToken cancellationToken)
    {
        InitiateAuthResponse response = await _app.WithSecretHashAsync(username, secretHash =>
        {
            var parameters = new Dictionary<string, string>(StringComparer.Ordinal) { ["REFRESH_TOKEN"] = refreshToken };
            if (secretHash is not null)
            {
                parameters["SECRET_HASH"] = secretHash;
            }

            if (deviceKey is not null)
            {
                parameters["DEVICE_KEY"] = deviceKey;
            }

            return _client.InitiateAuthAsync(
                new InitiateAuthRequest { AuthFlow = AuthFlowType.RefreshTokenAuth, ClientId = _options.ClientId, AuthParameters = parameters },
                cancellationToken);
        }).ConfigureAwait(false);
        return response.AuthenticationResult;
    }

    private async Task<AuthenticationResultType?> RotateAsync(string? deviceKey, string refreshToken, CancellationToken cancellationToken)
    {
        // GetTokensFromRefreshToken takes the client secret itself, not a SECRET_HASH.
        GetTokensFromRefreshTokenResponse response = await _app.WithClientSecretAsync(secret => _client.GetTokensFromRefreshTokenAsync(
            new GetTokensFromRefreshTokenRequest
            {
                RefreshToken = refreshToken,
                ClientId = _options.ClientId,
                ClientSecret = secret,
                DeviceKey = deviceKey,
            },
            cancellationToken)).ConfigureAwait(false);
        return response.AuthenticationResult;
    }
}
