namespace CognitoKit.Testing;

/// <summary>An app client made with <see cref="EmulatedUserPool.CreateClientAsync"/>.</summary>
/// <param name="ClientId">The client id.</param>
/// <param name="ClientSecret">The secret, when generated.</param>
public sealed record EmulatedUserPoolClient(string ClientId, string? ClientSecret)
{
    /// <summary>Leaves the secret out.</summary>
    /// <returns>The client id.</returns>
    public override string ToString() => ClientId;
}
