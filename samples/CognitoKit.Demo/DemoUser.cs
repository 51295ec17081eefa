namespace CognitoKit.Demo;

/// <summary>The person the story follows.</summary>
/// <param name="Username">The username they sign up with.</param>
/// <param name="Email">Where their codes go.</param>
/// <param name="Password">Their first password.</param>
/// <param name="NewPassword">The password they choose when they reset it.</param>
internal sealed record DemoUser(string Username, string Email, string Password, string NewPassword)
{
    /// <summary>A user with the options' values, and generated ones for the rest.</summary>
    /// <param name="options">The demo options.</param>
    /// <param name="requireEmail">True against AWS: the codes must reach a real mailbox, so the email cannot be made up.</param>
    /// <returns>The user.</returns>
    /// <exception cref="InvalidOperationException">An email address is required and none was given.</exception>
    public static DemoUser From(DemoOptions options, bool requireEmail)
    {
        if (requireEmail && options.Email is null)
        {
            throw new InvalidOperationException(
                $"Against AWS the demo signs up a real user: set {DemoOptions.SectionName}:Email (COGNITOKITDEMO__EMAIL) to a mailbox you can read.");
        }

        string username = options.Username ?? options.Email ?? "demo-" + Guid.NewGuid().ToString("N")[..8];
        string email = options.Email ?? username + "@example.com";
        return new DemoUser(username, email, options.Password ?? RandomPassword(), options.NewPassword ?? RandomPassword());
    }

    /// <summary>Describes the user without the passwords.</summary>
    /// <returns>The username and email.</returns>
    public override string ToString() => $"DemoUser {{ Username = {Username}, Email = {Email}, Password = *** }}";

    /// <summary>A random password that meets Cognito's default policy (length, upper, lower, digit, symbol).</summary>
    private static string RandomPassword() => "Dm!" + Guid.NewGuid().ToString("N")[..12] + "x7Q";
}
