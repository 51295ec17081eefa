using CognitoKit.Diagnostics;

namespace CognitoKit.Protocol.UserPools;

/// <summary>A user or device attribute: a name and a value (the value is hidden by <c>ToString</c>).</summary>
internal sealed record AttributeType
{
    public string? Name { get; init; }

    public string? Value { get; init; }

    /// <summary>Shows the members without any secret value (see <see cref="Redact"/>).</summary>
    public override string ToString() => $"AttributeType {{ Name = {Name}, Value = {Redact.Secret(Value)} }}";
}
