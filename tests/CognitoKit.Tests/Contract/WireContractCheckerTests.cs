namespace CognitoKit.Tests.Contract;

public sealed class WireContractCheckerTests
{
    private static ModelShape InitiateAuthInput => ModelSources.Current.UserPools.OperationShape("InitiateAuth", output: false)!;

    [Fact]
    public void Checker_WithMisspelledMember_ReportsTheMisspelling()
    {
        var checker = new WireContractChecker();

        checker.Check(typeof(MisspelledInitiateAuthRequest), InitiateAuthInput, enforceRequired: true);

        Assert.Contains(checker.Problems, p => p.Contains("'ClientID'", StringComparison.Ordinal) && p.Contains("'ClientId'", StringComparison.Ordinal));
    }

    [Fact]
    public void Checker_WithMisspelledMember_ReportsItEvenAgainstOlderModels()
    {
        var checker = new WireContractChecker { Strict = false };

        checker.Check(typeof(MisspelledInitiateAuthRequest), InitiateAuthInput, enforceRequired: true);

        Assert.Contains(checker.Problems, p => p.Contains("'ClientID'", StringComparison.Ordinal));
    }

    [Fact]
    public void Checker_WithRequiredMemberNotDeclaredRequired_ReportsIt()
    {
        var checker = new WireContractChecker();

        checker.Check(typeof(UnrequiredInitiateAuthRequest), InitiateAuthInput, enforceRequired: true);

        Assert.Contains(checker.Problems, p => p.Contains("ClientId", StringComparison.Ordinal) && p.Contains("required", StringComparison.Ordinal));
    }

    [Fact]
    public void Checker_WithWrongMemberType_ReportsIt()
    {
        var checker = new WireContractChecker();
        ModelShape output = ModelSources.Current.UserPools.OperationShape("InitiateAuth", output: true)!;
        ModelShape tokens = output.Members.Single(m => m.Name == "AuthenticationResult").Shape;

        checker.Check(typeof(WronglyTypedAuthenticationResultType), tokens, enforceRequired: false);

        Assert.Contains(checker.Problems, p => p.Contains("ExpiresIn", StringComparison.Ordinal) && p.Contains("Int32", StringComparison.Ordinal));
    }

    [Fact]
    public void Checker_WithDocumentMemberAsString_ReportsIt()
    {
        var checker = new WireContractChecker();
        ModelSources sources = ModelSources.Current;
        if (!sources.UserPools.HasOperation("CompleteWebAuthnRegistration"))
        {
            // Only the older aws-sdk models lack the passkey operations (and documents).
            Assert.False(sources.Newest);
            return;
        }

        ModelShape input = sources.UserPools.OperationShape("CompleteWebAuthnRegistration", output: false)!;

        checker.Check(typeof(StringCredentialCompleteWebAuthnRegistrationRequest), input, enforceRequired: true);

        Assert.Contains(checker.Problems, p => p.Contains("Credential", StringComparison.Ordinal) && p.Contains("JsonElement", StringComparison.Ordinal));
    }
}
