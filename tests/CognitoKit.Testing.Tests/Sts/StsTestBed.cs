using System.Xml.Linq;
using Amazon.Runtime;
using Amazon.SecurityToken;
using CognitoKit.Testing.Tests.IdentityPools;

namespace CognitoKit.Testing.Tests.Sts;

/// <summary>STS helpers: the real AWS SDK client pointed at the emulator, and a raw form-encoded caller.</summary>
internal static class StsTestBed
{
    public static readonly XNamespace Ns = "https://sts.amazonaws.com/doc/2011-06-15/";

    public static AmazonSecurityTokenServiceClient Client(CognitoEmulator cognito, AWSCredentials credentials, HttpClientFactory? httpClientFactory = null)
    {
        var config = new AmazonSecurityTokenServiceConfig
        {
            ServiceURL = cognito.Endpoint.AbsoluteUri,
            AuthenticationRegion = "us-east-1",
            MaxErrorRetry = 0,
        };
        if (httpClientFactory is not null)
        {
            config.HttpClientFactory = httpClientFactory;
        }

        return new AmazonSecurityTokenServiceClient(credentials, config);
    }

    /// <summary>The SDK credentials from a GetCredentialsForIdentity answer.</summary>
    public static SessionAWSCredentials Credentials(JsonObject response)
    {
        var c = response["Credentials"]!;
        return new SessionAWSCredentials((string)c["AccessKeyId"]!, (string)c["SecretKey"]!, (string)c["SessionToken"]!);
    }

    /// <summary>Credentials of a signed-in user (alice) through GetId + GetCredentialsForIdentity.</summary>
    public static async Task<JsonObject> SignedInCredentialsAsync(IdentityTestBed bed)
    {
        var logins = bed.Logins(await bed.IdTokenAsync());
        return await bed.GetCredentialsAsync(await bed.GetIdAsync(logins), logins);
    }

    public static async Task<(int Status, XElement Body)> PostFormAsync(IdentityTestBed bed, IDictionary<string, string> form)
    {
        using var content = new FormUrlEncodedContent(form);
        using var response = await bed.Scenario.Wire.Http.PostAsync("/", content);
        return ((int)response.StatusCode, XElement.Parse(await response.Content.ReadAsStringAsync()));
    }

    public static string? ErrorCode(XElement error) => error.Element(Ns + "Error")?.Element(Ns + "Code")?.Value;
}
