using CognitoKit.Errors;

namespace CognitoKit.Demo;

/// <summary>A forgotten password, and the end of the account.</summary>
internal static partial class DemoSteps
{
    private static async Task<string> ForgotPasswordAsync(DemoContext c, CancellationToken ct)
    {
        CodeDelivery delivery = await c.Cognito.ForgotPassword(c.User.Username).SendAsync(ct);
        c.ResetRequested = true;
        return $"reset code sent by {delivery.DeliveryMedium} to {delivery.Destination}";
    }

    private static async Task<string> ResetPasswordAsync(DemoContext c, CancellationToken ct)
    {
        string code = await c.Codes.EmailCodeAsync(c.User, EmailCode.PasswordReset, ct);
        await c.Cognito.ConfirmForgotPassword(c.User.Username, code, c.User.NewPassword).SendAsync(ct);
        c.PasswordReset = true;
        return $"new password set with the {code.Length}-digit code from {c.Codes.Source}";
    }

    private static async Task<string> SignInWithNewPasswordAsync(DemoContext c, CancellationToken ct)
    {
        string oldPassword;
        try
        {
            await c.Cognito.SignIn(c.User.Username, c.User.Password).SendAsync(ct);
            oldPassword = "still accepted";
        }
        catch (NotAuthorizedException e)
        {
            oldPassword = $"refused ({e.ErrorCode})";
        }

        DemoContext.Check(oldPassword != "still accepted", "the old password still signs in");
        (CognitoSession session, string how) = await SignInAsync(c, c.User.NewPassword, ct);
        c.Session = session;
        return $"old password {oldPassword}; new password: {how}; signed in as {session.Username}";
    }

    private static async Task<string> DeleteUserAsync(DemoContext c, CancellationToken ct)
    {
        CognitoSession session = c.Session!;
        await c.Cognito.Account(session).DeleteAsync(ct);
        c.Deleted = true;
        return $"DeleteUser done; the session has ended: {session.IsEnded}";
    }

    private static async Task<string> DeletedUserRefusedAsync(DemoContext c, CancellationToken ct)
    {
        try
        {
            await c.Cognito.SignIn(c.User.Username, c.User.NewPassword).SendAsync(ct);
        }
        catch (CognitoException e) when (e is NotAuthorizedException or UserNotFoundException)
        {
            return $"refused: {e.ErrorCode} \"{e.Message}\"";
        }

        throw new DemoCheckFailedException("the deleted user signed in");
    }
}
