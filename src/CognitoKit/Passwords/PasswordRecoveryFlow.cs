using CognitoKit.Protocol.UserPools;
using CognitoKit.Shared;

namespace CognitoKit.Passwords;

/// <summary>Forgotten passwords: send a reset code, then set a new password with it.</summary>
internal sealed class PasswordRecoveryFlow
{
    private readonly IUserPoolsClient _client;
    private readonly AppClient _app;

    public PasswordRecoveryFlow(IUserPoolsClient client, AppClient app)
    {
        _client = client;
        _app = app;
    }

    public async Task<CodeDelivery> ForgotAsync(string username, IReadOnlyDictionary<string, string> clientMetadata, CancellationToken cancellationToken)
    {
        ForgotPasswordResponse response = await _app.WithSecretHashAsync(
            username,
            secretHash => _client.ForgotPasswordAsync(
                new ForgotPasswordRequest
                {
                    ClientId = _app.ClientId,
                    SecretHash = secretHash,
                    Username = username,
                    ClientMetadata = WireMaps.Metadata(clientMetadata),
                },
                cancellationToken)).ConfigureAwait(false);
        return CodeDelivery.Required(response.CodeDeliveryDetails, "ForgotPassword");
    }

    public async Task ConfirmAsync(string username, string code, string newPassword, IReadOnlyDictionary<string, string> clientMetadata, CancellationToken cancellationToken)
    {
        await _app.WithSecretHashAsync(
            username,
            secretHash => _client.ConfirmForgotPasswordAsync(
                new ConfirmForgotPasswordRequest
                {
                    ClientId = _app.ClientId,
                    SecretHash = secretHash,
                    Username = username,
                    ConfirmationCode = code,
                    Password = newPassword,
                    ClientMetadata = WireMaps.Metadata(clientMetadata),
                },
                cancellationToken)).ConfigureAwait(false);
    }
}
