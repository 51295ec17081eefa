namespace CognitoKit.Testing.Persistence;

/// <summary>
/// Which JSON operations answer only once their change is on disk. Every operation does, unless it is listed here as
/// one that only reads: a new operation is kept durable by default, and listing a read-only one merely saves it a
/// wait. An operation that reads but may make something on first use (signing keys, an identity) stays off the list.
/// The test <c>ReadOnlyOperations_AreRegisteredAndLeaveTheStateAlone</c> checks that every name here is served and that
/// calling it changes no kept record.
/// </summary>
internal static class OperationDurability
{
    public static readonly IReadOnlySet<string> ReadOnlyOperations = new HashSet<string>(StringComparer.Ordinal)
    {
        // cognito-idp
        "AdminGetUser",
        "DescribeUserPool",
        "DescribeUserPoolClient",
        "GetDevice",
        "GetUser",
        "GetUserAuthFactors",
        "GetUserPoolMfaConfig",
        "ListDevices",
        "ListUserPoolClientSecrets",
        "ListWebAuthnCredentials",

        // cognito-identity
        "DescribeIdentity",
        "DescribeIdentityPool",
        "GetIdentityPoolRoles",
        "ListIdentities",
        "ListIdentityPools",
    };

    public static bool ChangesState(string operation) => !ReadOnlyOperations.Contains(operation);
}
