namespace CognitoKit.SignIn.Srp;

/// <summary>
/// A value received during an SRP exchange is malformed or fails an SRP safety check
/// (for example <c>SRP_B</c> ≡ 0 mod N). The message names the parameter, never its value.
/// </summary>
internal sealed class SrpProtocolException : Exception
{
    /// <summary>Creates the error for the named wire parameter.</summary>
    public SrpProtocolException(string parameterName, string message)
        : base(message)
    {
        ParameterName = parameterName;
    }

    /// <summary>The wire name of the offending value, for example <c>SRP_B</c> or <c>SALT</c>.</summary>
    public string ParameterName { get; }
}
