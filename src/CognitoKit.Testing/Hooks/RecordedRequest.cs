namespace CognitoKit.Testing;

/// <summary>One request the emulator received.</summary>
/// <param name="Operation">The operation name (e.g. <c>InitiateAuth</c>).</param>
/// <param name="Target">The full <c>X-Amz-Target</c> (or the form <c>Action</c>).</param>
/// <param name="Body">The raw JSON body.</param>
public sealed record RecordedRequest(string Operation, string Target, string Body)
{
    /// <summary>Leaves the body out: it carries passwords and tokens.</summary>
    /// <returns>The target.</returns>
    public override string ToString() => Target;
}
