using System.Text.Json.Nodes;

namespace CognitoKit.Testing;

/// <summary>An identity pool in a running emulator, with a short set-up API for tests and demos.</summary>
public sealed class EmulatedIdentityPool
{
    private readonly CognitoEmulator emulator;

    internal EmulatedIdentityPool(CognitoEmulator emulator, string id, string name)
    {
        this.emulator = emulator;
        Id = id;
        Name = name;
    }

    /// <summary>The identity pool id, e.g. <c>us-east-1:0f3c...</c>.</summary>
    public string Id { get; }

    /// <summary>The identity pool name.</summary>
    public string Name { get; }

    /// <summary>Sets the roles whose credentials GetCredentialsForIdentity hands out, as SetIdentityPoolRoles does.</summary>
    /// <param name="authenticatedRoleArn">The role of signed-in identities, e.g. <c>arn:aws:iam::123456789012:role/signed-in</c>; null for none.</param>
    /// <param name="unauthenticatedRoleArn">The role of guest identities; null for none.</param>
    /// <param name="roleMappings">SetIdentityPoolRoles' <c>RoleMappings</c> as the wire carries it: per identity provider
    /// (for a user pool <c>{provider name}:{app client id}</c>, see <see cref="CognitoEmulatorIdentityExtensions.IdentityProviderName"/>), a
    /// <c>Token</c> or <c>Rules</c> mapping that chooses a signed-in identity's role; null for none.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task.</returns>
    /// <exception cref="CognitoEmulatorException">InvalidParameterException: a role ARN or a mapping is not valid (nothing is changed).</exception>
    public Task SetRolesAsync(string? authenticatedRoleArn, string? unauthenticatedRoleArn = null, JsonObject? roleMappings = null, CancellationToken cancellationToken = default)
    {
        var roles = new JsonObject();
        if (authenticatedRoleArn is not null)
        {
            roles["authenticated"] = authenticatedRoleArn;
        }

        if (unauthenticatedRoleArn is not null)
        {
            roles["unauthenticated"] = unauthenticatedRoleArn;
        }

        var request = new JsonObject { ["IdentityPoolId"] = Id, ["Roles"] = roles };
        if (roleMappings is not null)
        {
            request["RoleMappings"] = roleMappings.DeepClone();
        }

        return emulator.InvokeIdentityAsync("SetIdentityPoolRoles", request, cancellationToken);
    }

    /// <inheritdoc/>
    public override string ToString() => Id;
}
