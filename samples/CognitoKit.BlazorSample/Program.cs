using CognitoKit.BlazorSample;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.AspNetCore.Components.WebAssembly.Hosting;

var builder = WebAssemblyHostBuilder.CreateDefault(args);
builder.RootComponents.Add<App>("#app");
builder.RootComponents.Add<HeadOutlet>("head::after");

// wwwroot/appsettings.json: UserPoolId, ClientId (an app client WITHOUT a secret: a browser cannot keep one),
// IdentityPoolId, and for the emulator its endpoints. CognitoKit calls Cognito with the browser's fetch.
builder.Services.AddCognitoKit(builder.Configuration.GetSection("CognitoKit"));

// One signed-in user per browser tab, in memory only: closing the tab signs out.
builder.Services.AddSingleton<SignedInUser>();

await builder.Build().RunAsync();
