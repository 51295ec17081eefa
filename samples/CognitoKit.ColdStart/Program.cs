using CognitoKit.Tokens;

// A minimal API that validates Cognito access tokens with keys preloaded from a file (no network at start):
//   COLDSTART_JWKS       path of the pool's JWKS document
//   COLDSTART_POOL_ID    the user pool id (its region first: eu-west-1_AbC123)
//   COLDSTART_CLIENT_ID  the app client whose access tokens are accepted
//   COLDSTART_URL        where to listen, such as http://127.0.0.1:5080
// GET / with "Authorization: Bearer <access token>" answers 200 and the token's subject, or 401.
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
builder.WebHost.UseUrls(Setting("COLDSTART_URL"));

var options = new CognitoTokenValidationOptions { UserPoolId = Setting("COLDSTART_POOL_ID") };
options.AllowedClientIds.Add(Setting("COLDSTART_CLIENT_ID"));
var validator = new CognitoTokenValidator(options, new HttpClient());
validator.PreloadJwks(File.ReadAllText(Setting("COLDSTART_JWKS")));
builder.Services.AddSingleton<ICognitoTokenValidator>(validator);

var app = builder.Build();
app.MapGet("/", async (HttpRequest request, ICognitoTokenValidator tokens, CancellationToken cancellationToken) =>
{
    string? header = request.Headers.Authorization;
    if (header is null || !header.StartsWith("Bearer ", StringComparison.Ordinal))
    {
        return Results.Unauthorized();
    }

    CognitoTokenValidationResult result = await tokens.ValidateAsync(header["Bearer ".Length..], CognitoTokenUse.Access, cancellationToken);
    return result.IsValid ? Results.Text(result.Claims.Subject) : Results.Unauthorized();
});
app.Run();

static string Setting(string name) =>
    Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? value : throw new InvalidOperationException($"{name} is not set.");
