using System.Globalization;
using CognitoKit;
using CognitoKit.AotSample;
using CognitoKit.Tokens;
using Microsoft.Extensions.DependencyInjection;

// Usage: CognitoKit.AotSample --endpoint http://127.0.0.1:9229 [--pool-id ID --client-id ID --username NAME --password PW]
// Each setting may also come from the environment (COGNITO_ENDPOINT, COGNITO_POOL_ID, COGNITO_CLIENT_ID, COGNITO_USERNAME,
// COGNITO_PASSWORD). Without a pool id it creates a pool, an app client and a user in the emulator first.
// Prints one "PASS ..." line and exits 0, or a "FAIL ..." line and exits 1.
var settings = SampleSettings.Read(args);
if (settings.Endpoint is null)
{
    Console.Error.WriteLine("FAIL: give the emulator's endpoint with --endpoint or COGNITO_ENDPOINT.");
    return 2;
}

try
{
    using var cancel = new CancellationTokenSource(TimeSpan.FromMinutes(1));
    if (settings.PoolId is null)
    {
        settings = await EmulatorSetup.CreatePoolAsync(settings, cancel.Token);
    }

    var services = new ServiceCollection();
    services.AddCognitoKit(o =>
    {
        o.UserPoolId = settings.PoolId!;
        o.ClientId = settings.ClientId!;
        o.UserPoolEndpoint = settings.Endpoint;
        o.Issuer = new Uri(settings.Endpoint!.AbsoluteUri.TrimEnd('/') + "/" + settings.PoolId);
        o.MaxAttempts = 1;
    });
    await using var provider = services.BuildServiceProvider();
    var cognito = provider.GetRequiredService<ICognitoKit>();

    var step = await cognito.SignIn(settings.Username!, settings.Password!).SendAsync(cancel.Token);
    if (step is not SignedIn signedIn)
    {
        Console.WriteLine($"FAIL: SRP sign-in ended at {step.GetType().Name}, not SignedIn.");
        return 1;
    }

    var access = await cognito.Tokens.ValidateAsync(signedIn.Session.Tokens.AccessToken, CognitoTokenUse.Access, cancel.Token);
    var id = await cognito.Tokens.ValidateAsync(signedIn.Session.Tokens.IdToken, CognitoTokenUse.Id, cancel.Token);
    var wrongUse = await cognito.Tokens.ValidateAsync(signedIn.Session.Tokens.IdToken, CognitoTokenUse.Access, cancel.Token);
    if (!access.IsValid || !id.IsValid || wrongUse.IsValid)
    {
        Console.WriteLine($"FAIL: access token {access}; ID token {id}; ID token taken as access token {wrongUse}.");
        return 1;
    }

    Console.WriteLine(string.Create(
        CultureInfo.InvariantCulture,
        $"PASS: NativeAOT SRP sign-in as {access.Claims.Username} (sub {access.Claims.Subject}); access and ID tokens valid, an ID token refused as an access token."));
    return 0;
}
catch (Exception ex)
{
    // The type and message only: CognitoKit's exceptions never carry secrets, and a stack trace helps no CI log here.
    Console.WriteLine($"FAIL: {ex.GetType().Name}: {ex.Message}");
    return 1;
}
