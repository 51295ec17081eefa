using CognitoKit.Testing.Host;
using CognitoKit.Testing.UserPools;

namespace CognitoKit.Testing.Triggers;

/// <summary>The text of a code message: the pool's default, or what the custom message trigger answers, with the code filled in.</summary>
internal static class CustomMessages
{
    public const string CodeParameter = "{####}";
    public const string UsernameParameter = "{username}";

    public static (string Message, string? Subject) Compose(EmulatorState state, UserPool pool, User user, string medium, MessagePurpose purpose, string code, string? triggerSource, string? clientId)
    {
        var (message, subject) = Defaults(purpose);
        var triggerEvent = new CustomMessageEvent
        {
            TriggerSource = triggerSource ?? SourceOf(purpose),
            UserName = user.Username,
            Request = new CustomMessageRequest
            {
                UserAttributes = TriggerRunner.AttributesOf(user),
                CodeParameter = CodeParameter,
                UsernameParameter = purpose == MessagePurpose.AdminCreateUser ? UsernameParameter : null,
            },
        };
        if (TriggerRunner.Run(state, pool, pool.Triggers.CustomMessage, "CustomMessage", triggerEvent, clientId))
        {
            message = (medium == "EMAIL" ? triggerEvent.Response.EmailMessage : triggerEvent.Response.SmsMessage) ?? message;
            subject = triggerEvent.Response.EmailSubject ?? subject;
        }

        var text = message.Replace(CodeParameter, code, StringComparison.Ordinal).Replace(UsernameParameter, user.Username, StringComparison.Ordinal);
        return (text, medium == "EMAIL" ? subject : null);
    }

    private static string SourceOf(MessagePurpose purpose) => purpose switch
    {
        MessagePurpose.SignUp => "CustomMessage_SignUp",
        MessagePurpose.ForgotPassword => "CustomMessage_ForgotPassword",
        MessagePurpose.VerifyAttribute => "CustomMessage_VerifyUserAttribute",
        MessagePurpose.AdminCreateUser => "CustomMessage_AdminCreateUser",
        _ => "CustomMessage_Authentication",
    };

    private static (string Message, string Subject) Defaults(MessagePurpose purpose) => purpose switch
    {
        MessagePurpose.AdminCreateUser => ("Your username is " + UsernameParameter + " and temporary password is " + CodeParameter + ".", "Your temporary password"),
        MessagePurpose.SmsMfa or MessagePurpose.EmailOtp or MessagePurpose.SmsOtp => ("Your authentication code is " + CodeParameter + ".", "Your authentication code"),
        _ => ("Your verification code is " + CodeParameter + ".", "Your verification code"),
    };
}
