namespace CognitoKit.Testing.UserPools;

/// <summary>One secret of an app client: its id (<c>&lt;client-id&gt;--&lt;epoch-create-time&gt;</c>), value and creation time.</summary>
internal sealed record ClientSecretEntry(string Id, string Value, DateTimeOffset CreateDate)
{
    public override string ToString() => Id;
}
