// Stand-ins for three AWS SDK types, with the SDK's namespace and names, so the test beside this file compiles the
// way an app that imports both CognitoKit and the AWS SDK does (the test projects do not reference the SDK's
// Cognito package).
namespace Amazon.CognitoIdentityProvider.Model
{
    public sealed class NotAuthorizedException : System.Exception
    {
    }

    public sealed class UserNotFoundException : System.Exception
    {
    }

    public sealed class SignUpRequest
    {
    }
}

namespace Amazon.CognitoIdentity.Model
{
    public sealed class ResourceNotFoundException : System.Exception
    {
    }
}
