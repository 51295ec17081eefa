using System.Security.Cryptography;
using System.Text;

namespace CognitoKit.Testing.Sts;

/// <summary>Reads IAM role ARNs (<c>arn:aws:iam::{account}:role/{path}{name}</c>) and derives a stable role id.</summary>
internal static class RoleArns
{
    private const string RoleIdAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    public static bool IsValid(string arn)
    {
        var parts = arn.Split(':', 6);
        return parts.Length == 6 && parts[0] == "arn" && parts[2] == "iam" && parts[4].Length > 0
            && parts[5].StartsWith("role/", StringComparison.Ordinal) && Name(arn).Length > 0;
    }

    public static string Account(string arn)
    {
        var parts = arn.Split(':', 6);
        return parts.Length == 6 ? parts[4] : string.Empty;
    }

    public static string Name(string arn) => arn[(arn.LastIndexOf('/') + 1)..];

    /// <summary>IAM gives each role an id starting <c>AROA</c>; the same ARN always yields the same id here.</summary>
    public static string RoleId(string arn)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(arn));
        var id = new StringBuilder("AROA");
        for (var i = 0; i < 17; i++)
        {
            id.Append(RoleIdAlphabet[hash[i] % RoleIdAlphabet.Length]);
        }

        return id.ToString();
    }
}
