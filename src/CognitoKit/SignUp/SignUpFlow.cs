using CognitoKit.Protocol.UserPools;
using CognitoKit.Shared;

namespace CognitoKit.SignUp;

/// <summary>Sign-up, confirmation and resending the confirmation code, for the configured app client.</summary>
internal sealed class SignUpFlow
{
    private readonly IUserPoolsClient _client;
    private readonly AppClient _app;

    public SignUpFlow(IUserPoolsClient client, AppClient app)
    {
        _client = client;
        _app = app;
    }

    public async Task<SignUpResult> SignUpAsync(
        string username,
        string password,
        IReadOnlyDictionary<string, string> attributes,
        IReadOnlyDictionary<string, string> validationData,
        IReadOnlyDictionary<string, string> clientMetadata,
        CancellationToken cancellationToken)
    {
        SignUpResponse response = await _app.WithSecretHashAsync(
            username,
            secretHash => _client.SignUpAsync(
                new SignUpRequest
                {
                    ClientId = _app.ClientId,
                    SecretHash = secretHash,
                    Username = username,
                    Password = password,
                    UserAttributes = WireMaps.Attributes(attributes),
                    ValidationData = WireMaps.Attributes(validationData),
                    ClientMetadata = WireMaps.Metadata(clientMetadata),
                },
                cancellationToken)).ConfigureAwait(false);

        string sub = string.IsNullOrEmpty(response.UserSub)
            ? throw new CognitoProtocolException("Cognito's SignUp answer has no UserSub.", null, System.Net.HttpStatusCode.OK)
            : response.UserSub;
        return new SignUpResult(sub, response.UserConfirmed == true, CodeDelivery.From(response.CodeDeliveryDetails)) { Session = response.Session };
    }

    /// <summary>Confirms the sign-up; returns the session Cognito issued for signing straight in, or null.</summary>
    public async Task<string?> ConfirmAsync(string username, string code, bool forceAliasCreation, string? session, IReadOnlyDictionary<string, string> clientMetadata, CancellationToken cancellationToken)
    {
        ConfirmSignUpResponse response = await _app.WithSecretHashAsync(
            username,
            secretHash => _client.ConfirmSignUpAsync(
                new ConfirmSignUpRequest
                {
                    ClientId = _app.ClientId,
                    SecretHash = secretHash,
                    Username = username,
                    ConfirmationCode = code,
                    ForceAliasCreation = forceAliasCreation ? true : null,
                    ClientMetadata = WireMaps.Metadata(clientMetadata),
                    Session = session,
                },
                cancellationToken)).ConfigureAwait(false);
        return string.IsNullOrEmpty(response.Session) ? null : response.Session;
    }

    public async Task<CodeDelivery> ResendAsync(string username, IReadOnlyDictionary<string, string> clientMetadata, CancellationToken cancellationToken)
    {
        ResendConfirmationCodeResponse response = await _app.WithSecretHashAsync(
            username,
            secretHash => _client.ResendConfirmationCodeAsync(
                new ResendConfirmationCodeRequest
                {
                    ClientId = _app.ClientId,
                    SecretHash = secretHash,
                    Username = username,
                    ClientMetadata = WireMaps.Metadata(clientMetadata),
                },
                cancellationToken)).ConfigureAwait(false);
        return CodeDelivery.Required(response.CodeDeliveryDetails, "ResendConfirmationCode");
    }
}
