using System.Text.Json.Nodes;
using Amazon.SecurityToken;
using CognitoKit.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CognitoKit.Demo;

/// <summary>The story's world without an AWS account: a local Cognito emulator, set up as an administrator would.</summary>
internal static class EmulatorWorld
{
    public const string GuestRole = "arn:aws:iam::123456789012:role/demo-guest";
    public const string SignedInRole = "arn:aws:iam::123456789012:role/demo-signed-in";

    public static async Task<DemoWorld> StartAsync(DemoOptions options, CancellationToken cancellationToken)
    {
        CognitoEmulator emulator = await CognitoEmulator.StartAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        try
        {
            // The "AWS console" side, done once by an administrator: a user pool where people sign up with an email
            // address and may add an authenticator app, an app client with a secret that allows SRP and refresh, and
            // an identity pool that hands out a guest role and a signed-in role.
            EmulatedUserPool pool = await emulator.CreateUserPoolAsync("cognitokit-demo", request =>
            {
                request["AutoVerifiedAttributes"] = new JsonArray("email");
                request["MfaConfiguration"] = "OPTIONAL";
            }, cancellationToken).ConfigureAwait(false);
            await pool.SetMfaConfigAsync(MfaConfiguration.Optional, softwareToken: true, cancellationToken: cancellationToken).ConfigureAwait(false);
            EmulatedUserPoolClient app = await pool.CreateClientAsync(
                "demo-app",
                generateSecret: true,
                explicitAuthFlows: ["ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"],
                cancellationToken: cancellationToken).ConfigureAwait(false);
            EmulatedIdentityPool identities = await emulator.CreateIdentityPoolAsync(
                pool, app, allowUnauthenticatedIdentities: true, name: "cognitokit_demo", cancellationToken: cancellationToken).ConfigureAwait(false);
            await identities.SetRolesAsync(SignedInRole, GuestRole, cancellationToken: cancellationToken).ConfigureAwait(false);

            // The app's side: only AddCognitoKit and ICognitoKit, pointed at the emulator instead of AWS.
            var services = new ServiceCollection();
            services.AddLogging();
            services.AddCognitoKit(o =>
            {
                o.UserPoolId = pool.Id;
                o.ClientId = app.ClientId;
                o.ClientSecret = app.ClientSecret;
                o.IdentityPoolId = identities.Id;
                o.UserPoolEndpoint = emulator.Endpoint;
                o.IdentityEndpoint = emulator.Endpoint;
                o.StsEndpoint = emulator.Endpoint;
            });

            return new DemoWorld(services.BuildServiceProvider(), emulator)
            {
                User = DemoUser.From(options, requireEmail: false),
                Codes = new EmulatorUserCodes(emulator),
                Sts = new CallerIdentity(() => new AmazonSecurityTokenServiceConfig
                {
                    ServiceURL = emulator.Endpoint.AbsoluteUri,
                    AuthenticationRegion = emulator.Region,
                }),
                Description = $"emulator at {emulator.Endpoint}; user pool {pool.Id} (email codes, optional TOTP MFA), "
                    + $"app client {app.ClientId} with a secret {Shown.Secret(app.ClientSecret, 4)} (SRP + refresh), "
                    + $"identity pool {identities.Id} (roles demo-guest, demo-signed-in)",
            };
        }
        catch
        {
            await emulator.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }
}
