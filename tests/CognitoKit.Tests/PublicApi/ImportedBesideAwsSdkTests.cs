using Amazon.CognitoIdentity.Model;
using Amazon.CognitoIdentityProvider.Model;
using CognitoKit;
using CognitoKit.Hosted;
using CognitoKit.Tokens;

// Outside the CognitoKit namespaces on purpose: an enclosing CognitoKit namespace would win over the usings and hide
// an ambiguity that an app's code would meet.
namespace CognitoKitBesideTheAwsSdk;

/// <summary>
/// Compiles like an app that imports CognitoKit's everyday namespaces and the AWS SDK's Cognito model namespaces:
/// the AWS SDK's names stay unambiguous (this file would not compile otherwise, CS0104), and CognitoKit's own types
/// are still found by <c>using CognitoKit;</c>.
/// </summary>
public sealed class ImportedBesideAwsSdkTests
{
    [Fact]
    public void The_AWS_SDK_names_resolve_to_the_AWS_SDK_and_CognitoKit_types_stay_reachable()
    {
        Assert.Equal("Amazon.CognitoIdentityProvider.Model", typeof(NotAuthorizedException).Namespace);
        Assert.Equal("Amazon.CognitoIdentityProvider.Model", typeof(UserNotFoundException).Namespace);
        Assert.Equal("Amazon.CognitoIdentityProvider.Model", typeof(SignUpRequest).Namespace);
        Assert.Equal("Amazon.CognitoIdentity.Model", typeof(ResourceNotFoundException).Namespace);

        Assert.Equal("CognitoKit", typeof(CognitoException).Namespace);
        Assert.Equal("CognitoKit", typeof(CognitoKitException).Namespace);
        Assert.True(typeof(CognitoKitException).IsAssignableFrom(typeof(CognitoHostedException)));
        Assert.True(typeof(CognitoKitException).IsAssignableFrom(typeof(CognitoTokenValidationException)));
        Assert.True(typeof(CognitoException).IsAssignableFrom(typeof(CognitoKit.Errors.NotAuthorizedException)));
    }
}
