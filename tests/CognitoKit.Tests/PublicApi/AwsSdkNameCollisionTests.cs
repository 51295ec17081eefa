using System.Reflection;
using System.Text.Json;
using CognitoKit.Tests.Contract;
using Xunit.Abstractions;

namespace CognitoKit.Tests.PublicApi;

/// <summary>
/// An app that imports CognitoKit's namespaces beside the AWS SDK's (<c>Amazon.CognitoIdentityProvider.Model</c>,
/// <c>Amazon.CognitoIdentity.Model</c>) must not get an ambiguous name (CS0104). The AWS SDK names its types after the
/// shapes of the service models, so no public CognitoKit type a user imports by default may share a shape's name.
/// Only <c>CognitoKit.Errors</c>, which a user imports on purpose, names its exceptions after the error codes.
/// </summary>
public sealed class AwsSdkNameCollisionTests(ITestOutputHelper output)
{
    [Fact]
    public void No_public_type_outside_CognitoKit_Errors_shares_a_name_with_an_AWS_SDK_Cognito_type()
    {
        ModelSources sources = ModelSources.Current;
        HashSet<string> sdkNames = new(StringComparer.Ordinal);
        foreach (ServiceModel model in new[] { sources.UserPools, sources.Identity })
        {
            AddSdkNames(model, sdkNames);
        }

        if (!sources.Newest)
        {
            output.WriteLine("NOT CHECKED: the older aws-sdk models hide shape names; only <Operation>Request/Response were compared.");
        }

        List<Type> exported = [.. typeof(ICognitoKit).Assembly.GetExportedTypes().Where(t => !t.IsNested)];
        List<string> collisions = [.. exported
            .Where(t => t.Namespace != "CognitoKit.Errors" && sdkNames.Contains(t.Name))
            .Select(t => t.FullName!)
            .Order(StringComparer.Ordinal)];

        if (sources.Newest)
        {
            Assert.Contains("NotAuthorizedException", sdkNames);
        }

        Assert.Contains("SignUpRequest", sdkNames);
        Assert.True(collisions.Count == 0, "Public types that collide with the AWS SDK's Cognito types when both namespaces are imported:\n" + string.Join("\n", collisions));
    }

    [Fact]
    public void Every_per_code_exception_is_in_CognitoKit_Errors_and_derives_from_CognitoException()
    {
        List<Type> perCode = [.. typeof(ICognitoKit).Assembly.GetExportedTypes().Where(t => t.Namespace == "CognitoKit.Errors")];

        Assert.Contains(typeof(CognitoKit.Errors.NotAuthorizedException), perCode);
        Assert.All(perCode, t =>
        {
            Assert.True(t.IsSealed && t.IsSubclassOf(typeof(CognitoException)), $"{t.Name} in CognitoKit.Errors is not a sealed CognitoException");
        });
    }

    private static void AddSdkNames(ServiceModel model, HashSet<string> names)
    {
        foreach (JsonProperty operation in model.Operations.EnumerateObject())
        {
            names.Add(operation.Name + "Request");
            names.Add(operation.Name + "Response");
        }

        if (!model.IsMinified)
        {
            foreach (JsonProperty shape in model.Document.RootElement.GetProperty("shapes").EnumerateObject())
            {
                names.Add(shape.Name);
            }
        }
    }
}
