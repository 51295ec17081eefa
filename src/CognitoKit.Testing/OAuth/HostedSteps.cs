using System.Text.Json;
using System.Text.Json.Nodes;
using CognitoKit.Testing.Auth;
using CognitoKit.Testing.Host;
using CognitoKit.Testing.UserPools;

namespace CognitoKit.Testing.OAuth;

/// <summary>
/// The hosted pages after the first one: the password (<c>POST /login</c>), each challenge Cognito's hosted pages ask
/// (new password, TOTP, SMS and email codes, the choice between them, TOTP and email set-up; <c>POST /challenge</c>),
/// and sign-up with its confirmation code (<c>POST /signup</c>, <c>POST /confirmuser</c>). Every step calls the same
/// operations the API serves, in process, so a user meets on these pages exactly the rules an app meets through the
/// API; the last step ends in an authorization code for the app instead of tokens.
/// </summary>
internal sealed class HostedSteps
{
    private const string Expired = "This sign-in has expired. Go back to the app and start again.";
    private readonly OAuthDomain domain;
    private readonly AuthorizeEndpoint authorize;
    private readonly IAwsJsonService userPools;

    public HostedSteps(OAuthDomain domain, AuthorizeEndpoint authorize, IAwsJsonService userPools)
    {
        this.domain = domain;
        this.authorize = authorize;
        this.userPools = userPools;
    }

    private EmulatorState State => domain.State;

    /// <summary><c>POST /login</c>: the username and password.</summary>
    public async Task PostLoginAsync(HttpContext context, string prefix, IReadOnlyDictionary<string, string> form)
    {
        if (Waiting(form) is not { } found)
        {
            await ExpiredAsync(context).ConfigureAwait(false);
            return;
        }

        var (pending, pool, client) = found;
        var settings = OAuthClientSettings.Of(client);
        var username = form.GetValueOrDefault("username")?.Trim() ?? string.Empty;
        var password = form.GetValueOrDefault("password") ?? string.Empty;
        if (username.Length == 0 || password.Length == 0)
        {
            await OAuthHttp.WriteHtmlAsync(context, HostedPages.Login(prefix, pending, settings, "Enter your username and password.", username), 400).ConfigureAwait(false);
            return;
        }

        JsonObject result;
        try
        {
            result = await SignInAsync(context, client, username, password).ConfigureAwait(false);
        }
        catch (AwsServiceException error) when (error.ErrorCode == "UserNotConfirmedException")
        {
            // As Cognito's pages do: a new code goes out and the user confirms here, then is signed in.
            await ConfirmAgainAsync(context, prefix, pending, pool, client, username).ConfigureAwait(false);
            return;
        }
        catch (AwsServiceException error)
        {
            await OAuthHttp.WriteHtmlAsync(context, HostedPages.Login(prefix, pending, settings, SignInMessage(error), username), 400).ConfigureAwait(false);
            return;
        }

        await NextAsync(context, prefix, pending, pool, client, username, result).ConfigureAwait(false);
    }

    /// <summary><c>POST /challenge</c>: the answer to the challenge page the user was shown.</summary>
    public async Task PostChallengeAsync(HttpContext context, string prefix, IReadOnlyDictionary<string, string> form)
    {
        if (Waiting(form) is not { } found)
        {
            await ExpiredAsync(context).ConfigureAwait(false);
            return;
        }

        var (pending, pool, client) = found;
        var step = new HostedChallenge(
            form.GetValueOrDefault("challenge") ?? string.Empty,
            form.GetValueOrDefault("session") ?? string.Empty,
            form.GetValueOrDefault("username") ?? string.Empty,
            HostedChallenge.ReadParameters(form));
        JsonObject result;
        try
        {
            result = await AnswerAsync(context, pool, client, step, form).ConfigureAwait(false);
        }
        catch (HostedInputException input)
        {
            await OAuthHttp.WriteHtmlAsync(context, HostedPages.Challenge(prefix, pending, step, pool, input.Message), 400).ConfigureAwait(false);
            return;
        }
        catch (AwsServiceException error) when (error.ErrorCode is "CodeMismatchException" or "EnableSoftwareTokenMFAException")
        {
            // The session was kept for another try (Cognito allows a few).
            await OAuthHttp.WriteHtmlAsync(context, HostedPages.Challenge(prefix, pending, step, pool, "That code is not right. Try again."), 400).ConfigureAwait(false);
            return;
        }
        catch (AwsServiceException error)
        {
            var message = error.ErrorCode is "NotAuthorizedException" or "ExpiredCodeException"
                ? "Your sign-in took too long or was already used. Sign in again."
                : error.Message;
            await OAuthHttp.WriteHtmlAsync(context, HostedPages.Login(prefix, pending, OAuthClientSettings.Of(client), message, step.Username), 400).ConfigureAwait(false);
            return;
        }

        await NextAsync(context, prefix, pending, pool, client, step.Username, result).ConfigureAwait(false);
    }

    /// <summary><c>POST /signup</c>: a new account from the hosted sign-up page.</summary>
    public async Task PostSignUpAsync(HttpContext context, string prefix, IReadOnlyDictionary<string, string> form)
    {
        if (Waiting(form) is not { } found)
        {
            await ExpiredAsync(context).ConfigureAwait(false);
            return;
        }

        var (pending, pool, client) = found;
        var username = form.GetValueOrDefault("username")?.Trim() ?? string.Empty;
        var password = form.GetValueOrDefault("password") ?? string.Empty;
        var values = form.Where(f => f.Key.StartsWith(HostedPages.AttributePrefix, StringComparison.Ordinal))
            .ToDictionary(f => f.Key[HostedPages.AttributePrefix.Length..], f => f.Value.Trim(), StringComparer.Ordinal);
        values["username"] = username;
        string? problem = username.Length == 0 ? "Enter a username."
            : password.Length == 0 ? "Enter a password."
            : password != form.GetValueOrDefault("confirm_password") ? "The two passwords do not match."
            : null;
        if (problem is not null)
        {
            await OAuthHttp.WriteHtmlAsync(context, HostedPages.SignUp(prefix, pending, pool, problem, values), 400).ConfigureAwait(false);
            return;
        }

        var attributes = new JsonArray();
        foreach (var name in HostedPages.SignUpAttributes(pool))
        {
            if (values.TryGetValue(name, out var value) && value.Length > 0)
            {
                attributes.Add(new JsonObject { ["Name"] = name, ["Value"] = value });
            }
        }

        JsonObject signedUp;
        try
        {
            signedUp = await CallAsync(context, "SignUp", new JsonObject
            {
                ["ClientId"] = client.ClientId,
                ["Username"] = username,
                ["Password"] = password,
                ["UserAttributes"] = attributes,
                ["SecretHash"] = HashFor(client, username),
            }).ConfigureAwait(false);
        }
        catch (AwsServiceException error)
        {
            await OAuthHttp.WriteHtmlAsync(context, HostedPages.SignUp(prefix, pending, pool, error.Message, values), 400).ConfigureAwait(false);
            return;
        }

        if (signedUp["UserConfirmed"]?.GetValue<bool>() == true)
        {
            // Confirmed at once (a pre sign-up trigger or an administrator said so): sign in with the password just chosen.
            JsonObject result;
            try
            {
                result = await SignInAsync(context, client, username, password).ConfigureAwait(false);
            }
            catch (AwsServiceException error)
            {
                await OAuthHttp.WriteHtmlAsync(context, HostedPages.Login(prefix, pending, OAuthClientSettings.Of(client), SignInMessage(error), username), 400).ConfigureAwait(false);
                return;
            }

            await NextAsync(context, prefix, pending, pool, client, username, result).ConfigureAwait(false);
            return;
        }

        domain.SignUps[pending.Id] = username;
        var destination = (string?)signedUp["CodeDeliveryDetails"]?["Destination"];
        await OAuthHttp.WriteHtmlAsync(context, HostedPages.ConfirmSignUp(prefix, pending, destination, error: null)).ConfigureAwait(false);
    }

    /// <summary><c>POST /confirmuser</c>: the code of the sign-up made on these pages (or a request for a new one).</summary>
    public async Task PostConfirmAsync(HttpContext context, string prefix, IReadOnlyDictionary<string, string> form)
    {
        // Only the account signed up (or refused as unconfirmed) in THIS pending sign-in can be confirmed here: the
        // username is the server's record, never a form field.
        if (Waiting(form) is not { } found || !domain.SignUps.TryGetValue(found.Pending.Id, out var username))
        {
            await ExpiredAsync(context).ConfigureAwait(false);
            return;
        }

        var (pending, pool, client) = found;
        if (form.GetValueOrDefault("action") == "resend")
        {
            await ConfirmAgainAsync(context, prefix, pending, pool, client, username).ConfigureAwait(false);
            return;
        }

        var code = form.GetValueOrDefault("code")?.Trim() ?? string.Empty;
        try
        {
            if (code.Length == 0)
            {
                throw new HostedInputException("Enter the code we sent you.");
            }

            await CallAsync(context, "ConfirmSignUp", new JsonObject
            {
                ["ClientId"] = client.ClientId,
                ["Username"] = username,
                ["ConfirmationCode"] = code,
                ["SecretHash"] = HashFor(client, username),
            }).ConfigureAwait(false);
        }
        catch (Exception error) when (error is AwsServiceException or HostedInputException)
        {
            var message = error is AwsServiceException { ErrorCode: "CodeMismatchException" } ? "That code is not right. Try again." : error.Message;
            await OAuthHttp.WriteHtmlAsync(context, HostedPages.ConfirmSignUp(prefix, pending, destination: null, message), 400).ConfigureAwait(false);
            return;
        }

        domain.SignUps.TryRemove(pending.Id, out _);
        string sub;
        lock (pool.Gate)
        {
            sub = pool.FindUser(username)?.Sub ?? string.Empty;
        }

        if (pool.MfaConfiguration == "ON" || sub.Length == 0)
        {
            // Required MFA must be set up at sign-in; the code alone does not sign in here.
            await OAuthHttp.WriteHtmlAsync(context, HostedPages.Login(prefix, pending, OAuthClientSettings.Of(client), null, username, notice: "Your account is confirmed. Sign in to continue.")).ConfigureAwait(false);
            return;
        }

        // The code proved the address the account was made with, in the sign-up this browser started: signed in.
        authorize.Complete(context, pending, sub, State.Now);
    }

    /// <summary>After a step: the authorization code when the sign-in is done, else the page of the next challenge.</summary>
    private async Task NextAsync(HttpContext context, string prefix, PendingAuthorization pending, UserPool pool, UserPoolClient client, string username, JsonObject result)
    {
        if ((string?)result[AuthOperations.HostedSignInResult] is { } sub)
        {
            authorize.Complete(context, pending, sub, State.Now);
            return;
        }

        var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
        if (result["ChallengeParameters"] is JsonObject given)
        {
            foreach (var (key, value) in given)
            {
                if (value is JsonValue text && text.GetValueKind() == JsonValueKind.String)
                {
                    parameters[key] = text.GetValue<string>();
                }
            }
        }

        var name = (string?)result["ChallengeName"] ?? string.Empty;
        var session = (string?)result["Session"] ?? string.Empty;
        var user = parameters.GetValueOrDefault("USER_ID_FOR_SRP") ?? username;
        if (name == "MFA_SETUP")
        {
            var canSetUp = HostedChallenge.List(parameters.GetValueOrDefault("MFAS_CAN_SETUP"));
            if (canSetUp.Contains("SOFTWARE_TOKEN_MFA"))
            {
                // An authenticator app, as Cognito's pages offer first: the secret comes with the page.
                var associated = await CallAsync(context, "AssociateSoftwareToken", new JsonObject { ["Session"] = session }).ConfigureAwait(false);
                var secret = (string)associated["SecretCode"]!;
                parameters[HostedChallenge.SecretParameter] = secret;
                parameters[HostedChallenge.OtpAuthParameter] = HostedChallenge.OtpAuthUri(pool.Name, user, secret);
                var totp = new HostedChallenge(HostedChallenge.SetUpTotp, (string)associated["Session"]!, user, parameters);
                await OAuthHttp.WriteHtmlAsync(context, HostedPages.Challenge(prefix, pending, totp, pool, error: null)).ConfigureAwait(false);
                return;
            }

            if (canSetUp.Contains("EMAIL_OTP"))
            {
                var email = new HostedChallenge(HostedChallenge.SetUpEmail, session, user, parameters);
                await OAuthHttp.WriteHtmlAsync(context, HostedPages.Challenge(prefix, pending, email, pool, error: null)).ConfigureAwait(false);
                return;
            }
        }

        if (!HostedChallenge.Answerable.Contains(name))
        {
            await OAuthHttp.WriteHtmlAsync(context, HostedPages.Login(prefix, pending, OAuthClientSettings.Of(client), "This sign-in needs a step (" + name + ") the hosted pages do not offer; sign in from the app.", username), 400).ConfigureAwait(false);
            return;
        }

        await OAuthHttp.WriteHtmlAsync(context, HostedPages.Challenge(prefix, pending, new HostedChallenge(name, session, user, parameters), pool, error: null)).ConfigureAwait(false);
    }

    private async Task<JsonObject> AnswerAsync(HttpContext context, UserPool pool, UserPoolClient client, HostedChallenge step, IReadOnlyDictionary<string, string> form)
    {
        var responses = new JsonObject { ["USERNAME"] = step.Username };
        if (HashFor(client, step.Username) is { } hash)
        {
            responses["SECRET_HASH"] = hash;
        }

        string Required(string field, string message) =>
            form.GetValueOrDefault(field)?.Trim() is { Length: > 0 } value ? value : throw new HostedInputException(message);

        var challenge = step.Name;
        switch (step.Name)
        {
            case "NEW_PASSWORD_REQUIRED":
                var password = form.GetValueOrDefault("new_password") ?? string.Empty;
                if (password.Length == 0)
                {
                    throw new HostedInputException("Enter a new password.");
                }

                if (password != form.GetValueOrDefault("confirm_password"))
                {
                    throw new HostedInputException("The two passwords do not match.");
                }

                // Checked before the session is spent, so a weak password can be chosen again on the same page.
                try
                {
                    pool.PasswordPolicy.Enforce(password);
                }
                catch (AwsServiceException weak)
                {
                    throw new HostedInputException(weak.Message);
                }

                responses["NEW_PASSWORD"] = password;
                foreach (var attribute in HostedChallenge.List(step.Parameters.GetValueOrDefault("requiredAttributes")))
                {
                    var name = attribute.StartsWith("userAttributes.", StringComparison.Ordinal) ? attribute["userAttributes.".Length..] : attribute;
                    responses["userAttributes." + name] = Required(HostedPages.AttributePrefix + name, "Enter your " + name + ".");
                }

                break;
            case "SOFTWARE_TOKEN_MFA":
                responses["SOFTWARE_TOKEN_MFA_CODE"] = Required("code", "Enter the code from your authenticator app.");
                break;
            case "SMS_MFA":
                responses["SMS_MFA_CODE"] = Required("code", "Enter the code we sent you.");
                break;
            case "EMAIL_OTP":
                responses["EMAIL_OTP_CODE"] = Required("code", "Enter the code we sent you.");
                break;
            case "SELECT_MFA_TYPE":
                var choice = Required("mfa", "Choose how to receive your code.");
                if (!HostedChallenge.List(step.Parameters.GetValueOrDefault("MFAS_CAN_CHOOSE")).Contains(choice))
                {
                    throw new HostedInputException("Choose one of the ways offered.");
                }

                responses["ANSWER"] = choice;
                break;
            case HostedChallenge.SetUpTotp:
                var code = Required("code", "Enter the code from your authenticator app.");
                var verified = await CallAsync(context, "VerifySoftwareToken", new JsonObject { ["Session"] = step.Session, ["UserCode"] = code }).ConfigureAwait(false);
                step = step with { Session = (string)verified["Session"]! };
                challenge = "MFA_SETUP";
                break;
            case HostedChallenge.SetUpEmail:
                responses["EMAIL"] = Required("email", "Enter the email address for your codes.");
                challenge = "MFA_SETUP";
                break;
            default:
                throw new HostedInputException("This page does not answer that step. Sign in again.");
        }

        return await CallAsync(context, "RespondToAuthChallenge", new JsonObject
        {
            ["ClientId"] = client.ClientId,
            ["ChallengeName"] = challenge,
            ["Session"] = step.Session,
            ["ChallengeResponses"] = responses,
        }).ConfigureAwait(false);
    }

    private Task<JsonObject> SignInAsync(HttpContext context, UserPoolClient client, string username, string password)
    {
        var parameters = new JsonObject { ["USERNAME"] = username, ["PASSWORD"] = password };
        if (HashFor(client, username) is { } hash)
        {
            parameters["SECRET_HASH"] = hash;
        }

        return CallAsync(context, "InitiateAuth", new JsonObject
        {
            ["ClientId"] = client.ClientId,
            ["AuthFlow"] = "USER_PASSWORD_AUTH",
            ["AuthParameters"] = parameters,
        });
    }

    private async Task ConfirmAgainAsync(HttpContext context, string prefix, PendingAuthorization pending, UserPool pool, UserPoolClient client, string username)
    {
        string? destination = null;
        string? error = null;
        try
        {
            var sent = await CallAsync(context, "ResendConfirmationCode", new JsonObject
            {
                ["ClientId"] = client.ClientId,
                ["Username"] = username,
                ["SecretHash"] = HashFor(client, username),
            }).ConfigureAwait(false);
            destination = (string?)sent["CodeDeliveryDetails"]?["Destination"];
        }
        catch (AwsServiceException failed)
        {
            error = failed.Message;
        }

        domain.SignUps[pending.Id] = username;
        await OAuthHttp.WriteHtmlAsync(context, HostedPages.ConfirmSignUp(prefix, pending, destination, error)).ConfigureAwait(false);
    }

    /// <summary>Calls an operation of the user pool service in process, as the hosted pages (see <see cref="AwsJsonRequest.FromHostedPage"/>).</summary>
    private async Task<JsonObject> CallAsync(HttpContext context, string operation, JsonObject body)
    {
        foreach (var (name, value) in body.ToList())
        {
            if (value is null)
            {
                body.Remove(name);
            }
        }

        if (!userPools.TryGetOperation(operation, out var handler))
        {
            throw new InvalidOperationException("The user pool service has no " + operation + ".");
        }

        var request = new AwsJsonRequest(operation, body, context, Guid.NewGuid().ToString()) { FromHostedPage = true };
        return await handler(request).ConfigureAwait(false) ?? new JsonObject();
    }

    /// <summary>The page for a pending sign-in that is gone (expired, finished, or never this browser's).</summary>
    private static Task ExpiredAsync(HttpContext context) =>
        OAuthHttp.WriteHtmlAsync(context, HostedPages.Error("invalid_request", Expired), 400);

    private static string? HashFor(UserPoolClient client, string username) =>
        client.ClientSecret is { } secret ? SecretHash.Compute(secret, username, client.ClientId) : null;

    /// <summary>What the login page says: the same words for a wrong password and an unknown user.</summary>
    private static string SignInMessage(AwsServiceException error) => error.ErrorCode switch
    {
        "NotAuthorizedException" when error.Message.StartsWith("User is disabled", StringComparison.Ordinal) => "User is disabled.",
        "NotAuthorizedException" when error.Message.StartsWith("Temporary password has expired", StringComparison.Ordinal) => error.Message,
        "NotAuthorizedException" when error.Message.Contains("attempts exceeded", StringComparison.OrdinalIgnoreCase) => error.Message,
        "NotAuthorizedException" or "UserNotFoundException" => "Incorrect username or password.",
        "PasswordResetRequiredException" => "Your password must be reset before you can sign in.",
        _ => error.Message,
    };

    private (PendingAuthorization Pending, UserPool Pool, UserPoolClient Client)? Waiting(IReadOnlyDictionary<string, string> form)
    {
        if (!domain.Pending.TryGetValue(form.GetValueOrDefault("request") ?? string.Empty, out var pending) || pending.ExpiresAt <= State.Now
            || authorize.Find(pending.ClientId) is not { } found)
        {
            return null;
        }

        return (pending, found.Pool, found.Client);
    }
}
