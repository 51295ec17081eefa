using CognitoKit.Protocol.UserPools;

namespace CognitoKit.SignIn;

/// <summary>
/// Server-side sign-in (<see cref="SignInStart.Admin"/>): the same steps as a user's sign-in, sent as
/// <c>AdminInitiateAuth</c> and <c>AdminRespondToAuthChallenge</c> (signed with the admin credentials) and read back as
/// the user operations' answers, so every challenge becomes the same typed step.
/// </summary>
internal sealed partial class SignInFlow
{
    private async Task<InitiateAuthResponse> AdminInitiateAsync(SignInStart start, SignInContext context, Dictionary<string, string> parameters, CancellationToken cancellationToken)
    {
        AdminInitiateAuthResponse admin = await _client.AdminInitiateAuthAsync(
            new AdminInitiateAuthRequest
            {
                UserPoolId = _options.UserPoolId,
                AuthFlow = start.AuthFlow,
                ClientId = _options.ClientId,
                AuthParameters = parameters,
                ClientMetadata = context.ClientMetadata,
            },
            cancellationToken).ConfigureAwait(false);
        return new InitiateAuthResponse
        {
            ChallengeName = admin.ChallengeName,
            Session = admin.Session,
            ChallengeParameters = admin.ChallengeParameters,
            AuthenticationResult = admin.AuthenticationResult,
            AvailableChallenges = admin.AvailableChallenges,
        };
    }

    private async Task<RespondToAuthChallengeResponse> AdminRespondAsync(SignInContext context, string challengeName, string? session, Dictionary<string, string> responses, CancellationToken cancellationToken)
    {
        AdminRespondToAuthChallengeResponse admin = await _client.AdminRespondToAuthChallengeAsync(
            new AdminRespondToAuthChallengeRequest
            {
                UserPoolId = _options.UserPoolId,
                ClientId = _options.ClientId,
                ChallengeName = challengeName,
                Session = session,
                ChallengeResponses = responses,
                ClientMetadata = context.ClientMetadata,
            },
            cancellationToken).ConfigureAwait(false);
        return new RespondToAuthChallengeResponse
        {
            ChallengeName = admin.ChallengeName,
            Session = admin.Session,
            ChallengeParameters = admin.ChallengeParameters,
            AuthenticationResult = admin.AuthenticationResult,
        };
    }
}
