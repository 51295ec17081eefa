namespace CognitoKit.Testing.Host;

/// <summary>
/// CORS as the Cognito JSON endpoints answer it, so a browser app (Blazor WebAssembly, a JavaScript SDK) can call the
/// emulator with <c>fetch</c>: preflights on <c>/</c> allow any origin, POST and the headers AWS clients send, and
/// every service answer, errors included, carries <c>Access-Control-Allow-Origin: *</c> and exposes the
/// <c>x-amzn-*</c> headers. The debug API (<c>/_emulator/</c>) gets none of it: no page may read the inbox.
/// </summary>
/// <remarks>
/// Cognito requires SigV4 for every operation not marked as callable without it; the emulator otherwise accepts
/// unsigned calls for convenience. A call from a page (it has an <c>Origin</c> header) to such an operation without an
/// <c>Authorization</c> header is refused, as Cognito refuses it, before anything runs: otherwise any page open in the
/// developer's browser could call <c>AdminCreateUser</c> on a running emulator.
/// </remarks>
internal static class CrossOriginPolicy
{
    /// <summary>The headers a preflight may ask for.</summary>
    public const string AllowedHeaders =
        "content-type, x-amz-target, x-amz-user-agent, x-amz-date, x-amz-security-token, x-amz-content-sha256, authorization, "
        + "amz-sdk-invocation-id, amz-sdk-request, cache-control";

    /// <summary>The response headers a page may read.</summary>
    public const string ExposedHeaders = "x-amzn-RequestId, x-amzn-ErrorType, x-amzn-ErrorMessage, Date";

    /// <summary>How long a browser may cache a preflight, in seconds.</summary>
    public const string MaxAgeSeconds = "86400";

    private static readonly HashSet<string> CallableWithoutSignature = new(StringComparer.Ordinal)
    {
        // cognito-idp
        "AssociateSoftwareToken", "ChangePassword", "CompleteWebAuthnRegistration", "ConfirmDevice", "ConfirmForgotPassword",
        "ConfirmSignUp", "DeleteUser", "DeleteUserAttributes", "DeleteWebAuthnCredential", "ForgetDevice", "ForgotPassword",
        "GetDevice", "GetTokensFromRefreshToken", "GetUser", "GetUserAttributeVerificationCode", "GetUserAuthFactors",
        "GlobalSignOut", "InitiateAuth", "ListDevices", "ListWebAuthnCredentials", "ResendConfirmationCode",
        "RespondToAuthChallenge", "RevokeToken", "SetUserMFAPreference", "SetUserSettings", "SignUp",
        "StartWebAuthnRegistration", "UpdateAuthEventFeedback", "UpdateDeviceStatus", "UpdateUserAttributes",
        "VerifySoftwareToken", "VerifyUserAttribute",

        // cognito-identity
        "GetCredentialsForIdentity", "GetId", "GetOpenIdToken", "UnlinkIdentity",
    };

    /// <summary>Whether the request is a service call (not the debug API), which gets the CORS headers.</summary>
    public static bool Applies(HttpContext context) =>
        !(context.Request.Path.Value ?? "/").StartsWith(Hooks.EmulatorDebugApi.PathPrefix, StringComparison.Ordinal);

    /// <summary>Adds the headers every service answer carries.</summary>
    public static void AddResponseHeaders(HttpContext context)
    {
        context.Response.Headers.AccessControlAllowOrigin = "*";
        context.Response.Headers.AccessControlExposeHeaders = ExposedHeaders;
    }

    /// <summary>Whether the request is a CORS preflight for the JSON API.</summary>
    public static bool IsPreflight(HttpContext context) =>
        HttpMethods.IsOptions(context.Request.Method)
        && (context.Request.Path.Value ?? "/") == "/"
        && context.Request.Headers.ContainsKey("Access-Control-Request-Method");

    /// <summary>Answers a preflight: 200, no body.</summary>
    public static void AnswerPreflight(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.Headers.AccessControlAllowMethods = "POST";
        context.Response.Headers.AccessControlAllowHeaders = AllowedHeaders;
        context.Response.Headers.AccessControlMaxAge = MaxAgeSeconds;
        context.Response.ContentLength = 0;
    }

    /// <summary>Refuses a page's unsigned call to an operation Cognito only accepts signed.</summary>
    /// <exception cref="AwsServiceException">The call comes from a page, is unsigned and needs a signature.</exception>
    public static void CheckSignature(HttpContext context, string operation)
    {
        if (context.Request.Headers.ContainsKey("Origin")
            && !context.Request.Headers.ContainsKey("Authorization")
            && !CallableWithoutSignature.Contains(operation))
        {
            throw new AwsServiceException(
                "MissingAuthenticationTokenException",
                operation + " must be signed with AWS credentials (SigV4); a browser page cannot call it without them.");
        }
    }
}
