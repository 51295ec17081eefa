using CognitoKit.Protocol.UserPools;
using Microsoft.Extensions.Hosting;

namespace CognitoKit.Operations;

/// <summary>
/// The opt-in start-up check of one CognitoKit instance: before any hosted service starts (so before the server takes
/// requests), reads the app client with <c>DescribeUserPoolClient</c>, signed with the instance's admin credentials, and
/// fails the start with a <see cref="CognitoConfigurationException"/> when it does not allow what CognitoKit will do.
/// </summary>
internal sealed class AppClientConfigurationVerifier : IHostedLifecycleService
{
    private readonly IUserPoolsClient _client;
    private readonly CognitoKitSettings _settings;
    private readonly CognitoAuthFlows _flows;
    private readonly string _settingPrefix;

    public AppClientConfigurationVerifier(IUserPoolsClient client, CognitoKitSettings settings, CognitoAuthFlows flows, string settingPrefix)
    {
        _client = client;
        _settings = settings;
        _flows = flows;
        _settingPrefix = settingPrefix;
    }

    /// <summary>Runs the check.</summary>
    /// <exception cref="CognitoConfigurationException">The app client does not fit the configuration.</exception>
    /// <exception cref="CognitoException">Cognito refused the call, for example <c>NotAuthorizedException</c> when the credentials may not call <c>cognito-idp:DescribeUserPoolClient</c>.</exception>
    public async Task VerifyAsync(CancellationToken cancellationToken)
    {
        DescribeUserPoolClientResponse response = await _client.DescribeUserPoolClientAsync(
            new DescribeUserPoolClientRequest { UserPoolId = _settings.UserPoolId, ClientId = _settings.ClientId },
            cancellationToken).ConfigureAwait(false);
        UserPoolClientType described = response.UserPoolClient
            ?? throw new CognitoProtocolException("Cognito's DescribeUserPoolClient answer has no UserPoolClient.", null, System.Net.HttpStatusCode.OK);
        IReadOnlyList<string> problems = AppClientConfigurationCheck.Problems(described, _settings, _flows, _settingPrefix);
        if (problems.Count > 0)
        {
            throw new CognitoConfigurationException(_settings.ClientId, problems);
        }
    }

    public Task StartingAsync(CancellationToken cancellationToken) => VerifyAsync(cancellationToken);

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public override string ToString() => $"AppClientConfigurationVerifier {{ ClientId = {_settings.ClientId}, Flows = {_flows} }}";
}
