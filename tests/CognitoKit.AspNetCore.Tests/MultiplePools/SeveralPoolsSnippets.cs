using Amazon.Runtime;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace CognitoKit.AspNetCore.Tests.MultiplePools;

/// <summary>
/// The snippets of docs/several-pools.md, line for line inside each method, so a snippet that stops compiling breaks the
/// build; <c>SeveralPoolsApiTests</c> runs the named instances and the staff endpoint against the emulator.
/// <c>CognitoKit.Tests.Docs.DocSnippetMirrorTests</c> checks that every line of the page is here.
/// </summary>
internal static class SeveralPoolsSnippets
{
    // Several pools: named instances
    public static void AddPools(WebApplicationBuilder builder, AWSCredentials staffAdminCredentials)
    {
        builder.Services.AddCognitoKit("customers", builder.Configuration.GetSection("CognitoKit:Customers"));
        builder.Services.AddCognitoKit("staff", o =>
        {
            o.UserPoolId = "eu-west-1_Staff123";
            o.ClientId = "staffclientid";
        }).AddAdminCredentials(staffAdminCredentials);
    }

    // Several pools: resolve an instance by its name
    public static void MapStaffSignIn(WebApplication app)
    {
        app.MapPost("/staff/sign-in", async ([FromKeyedServices("staff")] ICognitoKit staff, SignInForm form, CancellationToken ct) =>
        {
            SignInStep step = await staff.SignIn(form.Username, form.Password).SendAsync(ct);
            return step is SignedIn ? Results.Ok() : Results.Unauthorized();
        });
    }

    // Several pools: one API, tokens of several pools
    public static void AddScheme(WebApplicationBuilder builder)
    {
        builder.Services.AddAuthentication().AddCognito(o => o
            .TrustPool(p =>
            {
                p.UserPoolId = "eu-west-1_Cust456";
                p.AllowedClientIds.Add("customerswebclientid");
            })
            .TrustPool(p =>
            {
                p.UserPoolId = "eu-west-1_Staff123";
                p.AllowedClientIds.Add("staffclientid");
            }));
    }

    // Several pools: the validator without ASP.NET Core
    public static void AddValidator(IServiceCollection services)
    {
        services.AddCognitoMultiPoolTokenValidation(o => o
            .TrustPool(p =>
            {
                p.UserPoolId = "eu-west-1_Cust456";
                p.AllowedClientIds.Add("customerswebclientid");
            })
            .TrustPool(p =>
            {
                p.UserPoolId = "eu-west-1_Staff123";
                p.AllowedClientIds.Add("staffclientid");
            }));
    }

    /// <summary>The sign-in form the staff endpoint binds.</summary>
    public sealed record SignInForm(string Username, string Password);
}
