using System.Net;
using Amazon.Runtime;
using CognitoKit.Protocol.Identity;
using CognitoKit.Protocol.UserPools;
using CognitoKit.Tests.Protocol;
using Microsoft.Extensions.Logging;

namespace CognitoKit.Tests.Logging;

/// <summary>
/// Runs calls whose requests and canned answers carry secrets, with every log level captured, and checks that no
/// secret reaches a log line, an exception message or a <c>ToString</c>. Façade flows extend this with full sign-ins.
/// </summary>
public sealed class ProtocolRedactionTests
{
    private const string Password = "Pa55w0rd!hunter2";
    private const string NewPassword = "N3wPa55!correct-horse";
    private const string AccessToken = "eyJraWQiOiJhY2Nlc3MtdG9rZW4tc2VjcmV0In0.access";
    private const string IdToken = "eyJraWQiOiJpZC10b2tlbi1zZWNyZXQifQ.idtoken";
    private const string RefreshToken = "eyJjdHkiOiJKV1QiLCJlbmMiOiJBMjU2R0NNIn0.refresh-secret";
    private const string Session = "AYABeSessionSecretValue0123456789";
    private const string Code = "918273";
    private const string SecretHash = "c2VjcmV0LWhhc2gtdmFsdWU9PQ==";
    private const string SrpA = "a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f6";
    private const string SrpB = "f0e1d2c3b4a5968778695a4b3c2d1e0ff0e1d2c3b4a5";
    private const string PasswordClaim = "Q2xhaW1TaWduYXR1cmVTZWNyZXQ=";
    private const string TotpSecret = "JBSWY3DPEHPK3PXPSECRETCODE";
    private const string AwsSecretKey = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYzzSECRETKEY";
    private const string AwsSessionToken = "IQoJb3JpZ2luX2VjEXAMPLESESSIONTOKEN";

    private static readonly string[] Secrets =
        [Password, NewPassword, AccessToken, IdToken, RefreshToken, Session, Code, SecretHash, SrpA, SrpB, PasswordClaim, TotpSecret, AwsSecretKey, AwsSessionToken];

    [Fact]
    public async Task Calls_WithSecretsInRequestsAndAnswers_NeverLogOrThrowThem()
    {
        using var capture = new CapturingLoggerProvider();
        using var factory = LoggerFactory.Create(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(capture));
        ILogger logger = factory.CreateLogger("CognitoKit");
        var seen = new List<string>();

        var handler = new CannedCognitoHandler(call => call.Operation switch
        {
            "InitiateAuth" => CannedCognitoHandler.Json($$$"""{"ChallengeName":"PASSWORD_VERIFIER","Session":"{{{Session}}}","ChallengeParameters":{"SRP_B":"{{{SrpB}}}","SALT":"{{{SrpB}}}","SECRET_BLOCK":"{{{Session}}}","USER_ID_FOR_SRP":"alice"}}"""),
            "RespondToAuthChallenge" => CannedCognitoHandler.Json($$$"""{"AuthenticationResult":{"AccessToken":"{{{AccessToken}}}","IdToken":"{{{IdToken}}}","RefreshToken":"{{{RefreshToken}}}","ExpiresIn":3600,"TokenType":"Bearer"}}"""),
            "AssociateSoftwareToken" => CannedCognitoHandler.Json($$$"""{"SecretCode":"{{{TotpSecret}}}","Session":"{{{Session}}}"}"""),
            "ConfirmForgotPassword" => CannedCognitoHandler.Error("InvalidParameterException", $"1 validation error detected: Value '{NewPassword}' at 'password' failed to satisfy constraint"),
            "ChangePassword" => CannedCognitoHandler.Error("NotAuthorizedException", "Incorrect username or password."),
            "GetTokensFromRefreshToken" => new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent($$$"""{"AuthenticationResult":{"AccessToken":"{{{AccessToken}}}","ExpiresIn":"soon"}}""") },
            "AdminInitiateAuth" => CannedCognitoHandler.Error("TooManyRequestsException", "Rate exceeded"),
            "GetCredentialsForIdentity" => CannedCognitoHandler.Json($$$"""{"IdentityId":"eu-west-1:1","Credentials":{"AccessKeyId":"ASIAEXAMPLE","SecretKey":"{{{AwsSecretKey}}}","SessionToken":"{{{AwsSessionToken}}}","Expiration":1.7E9}}"""),
            _ => CannedCognitoHandler.Json("{}"),
        });
        var userPools = TestClients.UserPools(handler, maxAttempts: 2, credentials: new SessionAWSCredentials("ASIAADMIN", AwsSecretKey, AwsSessionToken), logger: logger);
        var identity = TestClients.Identity(handler, logger: logger);

        async Task Run<T>(Func<Task<T>> call)
        {
            try
            {
                T answer = await call();
                seen.Add(answer!.ToString()!);
            }
            catch (Exception ex)
            {
                seen.Add(ex.ToString());
            }
        }

        var authParameters = new Dictionary<string, string> { ["USERNAME"] = "alice", ["SRP_A"] = SrpA, ["SECRET_HASH"] = SecretHash, ["PASSWORD"] = Password };
        var challengeResponses = new Dictionary<string, string> { ["USERNAME"] = "alice", ["PASSWORD_CLAIM_SIGNATURE"] = PasswordClaim, ["SECRET_HASH"] = SecretHash, ["SMS_MFA_CODE"] = Code };
        await Run(() => userPools.InitiateAuthAsync(new() { AuthFlow = "USER_SRP_AUTH", ClientId = "c", AuthParameters = authParameters }, default));
        await Run(() => userPools.RespondToAuthChallengeAsync(new() { ClientId = "c", ChallengeName = "PASSWORD_VERIFIER", Session = Session, ChallengeResponses = challengeResponses }, default));
        await Run(() => userPools.AssociateSoftwareTokenAsync(new() { Session = Session }, default));
        await Run(() => userPools.SignUpAsync(new() { ClientId = "c", Username = "alice", Password = Password, SecretHash = SecretHash }, default));
        await Run(() => userPools.ConfirmForgotPasswordAsync(new() { ClientId = "c", Username = "alice", ConfirmationCode = Code, Password = NewPassword, SecretHash = SecretHash }, default));
        await Run(() => userPools.ChangePasswordAsync(new() { AccessToken = AccessToken, PreviousPassword = Password, ProposedPassword = NewPassword }, default));
        await Run(() => userPools.GetTokensFromRefreshTokenAsync(new() { ClientId = "c", RefreshToken = RefreshToken }, default));
        await Run(() => userPools.VerifySoftwareTokenAsync(new() { AccessToken = AccessToken, UserCode = Code }, default));
        await Run(() => userPools.AdminInitiateAuthAsync(new() { UserPoolId = "eu-west-1_x", ClientId = "c", AuthFlow = "ADMIN_USER_PASSWORD_AUTH", AuthParameters = authParameters }, default));
        await Run(() => userPools.AdminSetUserPasswordAsync(new() { UserPoolId = "eu-west-1_x", Username = "alice", Password = NewPassword }, default));
        await Run(() => identity.GetCredentialsForIdentityAsync(new() { IdentityId = "eu-west-1:1", Logins = new() { ["cognito-idp.eu-west-1.amazonaws.com/eu-west-1_x"] = IdToken } }, default));

        Assert.True(handler.Count >= 11);
        Assert.NotEmpty(capture.Lines);
        Assert.Contains(capture.Lines, l => l.Contains("Retrying", StringComparison.Ordinal) || l.Contains("retrying", StringComparison.Ordinal));
        foreach (string text in capture.Lines.Concat(seen))
        {
            foreach (string secret in Secrets)
            {
                Assert.False(text.Contains(secret, StringComparison.Ordinal), $"A secret ({secret[..4]}...) leaked into: {text}");
            }
        }
    }
}
