namespace CognitoKit.Demo;

/// <summary>What a step needs from the story so far; each returns why the step cannot run, or null.</summary>
internal static class Needs
{
    public static string? Nothing(DemoContext context) => null;

    public static string? IdentityPool(DemoContext context) =>
        context.Cognito.Options.IdentityPoolId is null ? "no identity pool configured (CognitoKit:IdentityPoolId)" : null;

    public static string? SignedUp(DemoContext context) => context.SignedUp ? null : "the user was not signed up";

    public static string? Confirmed(DemoContext context) => context.Confirmed ? null : "the user's sign-up was not confirmed";

    public static string? Session(DemoContext context) =>
        context.Session is { IsEnded: false } ? null : "no signed-in session (an earlier sign-in did not happen)";

    public static string? Authenticator(DemoContext context) => context.TotpSecret is null ? "no authenticator app was enrolled" : null;

    public static string? ResetRequested(DemoContext context) => context.ResetRequested ? null : "no password reset was requested";

    public static string? PasswordReset(DemoContext context) => context.PasswordReset ? null : "the password was not reset";

    public static string? Deleted(DemoContext context) => context.Deleted ? null : "the user was not deleted";

    /// <summary>Every one of <paramref name="needs"/>.</summary>
    /// <param name="needs">The needs.</param>
    /// <returns>The first unmet need's reason, or null.</returns>
    public static Func<DemoContext, string?> All(params Func<DemoContext, string?>[] needs) =>
        context => needs.Select(need => need(context)).FirstOrDefault(reason => reason is not null);
}
