namespace CognitoKit.Testing;

/// <summary>A user made with <see cref="EmulatedUserPool.AddUserAsync"/>.</summary>
/// <param name="Username">The real user name (the sub when the pool signs in by email or phone).</param>
/// <param name="Sub">The user's sub.</param>
public sealed record EmulatedUser(string Username, string Sub);
