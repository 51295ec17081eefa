namespace CognitoKit.Tokens.Validation;

/// <summary>The JWKS document is not usable; the message names what is wrong and never holds key material.</summary>
internal sealed class JwksFormatException : Exception
{
    public JwksFormatException(string message)
        : base(message)
    {
    }

    public JwksFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
