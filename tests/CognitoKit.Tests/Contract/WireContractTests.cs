using System.Reflection;
using CognitoKit.Errors;
using CognitoKit.Protocol;
using CognitoKit.Protocol.Identity;
using CognitoKit.Protocol.UserPools;
using Xunit.Abstractions;

namespace CognitoKit.Tests.Contract;

public sealed class WireContractTests
{
    private static readonly Assembly Library = typeof(CognitoOperation).Assembly;

    private readonly ITestOutputHelper _output;

    public WireContractTests(ITestOutputHelper output) => _output = output;

    public static TheoryData<string, string> Operations()
    {
        var data = new TheoryData<string, string>();
        foreach (CognitoOperation op in UserPoolsOperations.All) { data.Add("UserPools", op.Name); }
        foreach (CognitoOperation op in IdentityPoolsOperations.All) { data.Add("Identity", op.Name); }
        return data;
    }

    [Theory]
    [MemberData(nameof(Operations))]
    public void WireTypes_OfEachOperation_MatchTheModel(string service, string operation)
    {
        ModelSources sources = ModelSources.Current;
        ServiceModel model = service == "UserPools" ? sources.UserPools : sources.Identity;
        if (!model.HasOperation(operation))
        {
            // Only the older aws-sdk models can lack an operation; under CI the newest models are required.
            Assert.False(sources.Newest, $"{operation} is not in the newest model {model.Path}.");
            _output.WriteLine($"NOT CHECKED: {operation} is not in the older model {model.Path}.");
            return;
        }

        Type request = WireType(service, operation + "Request");
        Type response = WireType(service, operation + "Response");
        var checker = new WireContractChecker(ResponseTypes()) { Strict = sources.Newest };

        checker.Check(request, model.OperationShape(operation, output: false)!, enforceRequired: true);
        ModelShape? output = model.OperationShape(operation, output: true);
        if (output is null)
        {
            Assert.DoesNotContain(response.GetProperties(), p => p.Name != "EqualityContract");
        }
        else
        {
            checker.Check(response, output, enforceRequired: false);
        }

        foreach (string line in checker.Unchecked) { _output.WriteLine("NOT CHECKED: " + line); }
        Assert.True(checker.Problems.Count == 0, $"{operation} differs from {model.Path}:\n" + string.Join("\n", checker.Problems));
    }

    [Theory]
    [MemberData(nameof(Operations))]
    public void Operation_IsSignedExactlyWhenTheModelRequiresSigV4(string service, string operation)
    {
        ModelSources sources = ModelSources.Current;
        ServiceModel model = service == "UserPools" ? sources.UserPools : sources.Identity;
        if (!model.HasOperation(operation))
        {
            Assert.False(sources.Newest);
            _output.WriteLine($"NOT CHECKED: {operation} is not in the older model.");
            return;
        }

        IReadOnlyList<CognitoOperation> all = service == "UserPools" ? UserPoolsOperations.All : IdentityPoolsOperations.All;
        CognitoOperation op = Assert.Single(all, o => o.Name == operation);
        Assert.Equal(!model.IsUnsigned(operation), op.Signed);
    }

    [Fact]
    public void ErrorShapes_OfCoveredOperations_EachMapToTheirOwnException()
    {
        ModelSources sources = ModelSources.Current;
        if (!sources.Newest)
        {
            _output.WriteLine("NOT CHECKED: the older aws-sdk models do not list errors; error mapping needs shared/reference/aws-models.");
            Assert.NotEmpty(CognitoErrorFactory.KnownCodes);
            return;
        }

        var codes = new SortedSet<string>(StringComparer.Ordinal);
        foreach (CognitoOperation op in UserPoolsOperations.All) { codes.UnionWith(sources.UserPools.Errors(op.Name)); }
        foreach (CognitoOperation op in IdentityPoolsOperations.All) { codes.UnionWith(sources.Identity.Errors(op.Name)); }

        Assert.NotEmpty(codes);
        var problems = new List<string>();
        foreach (string code in codes)
        {
            CognitoException ex = CognitoErrorFactory.Create(code, "m", "rid", System.Net.HttpStatusCode.BadRequest);
            if (ex.GetType() == typeof(CognitoException) || ex.GetType().Name != code || ex.ErrorCode != code)
            {
                problems.Add($"{code} maps to {ex.GetType().Name} with ErrorCode {ex.ErrorCode}");
            }
            else if (!ex.GetType().IsSealed || !ex.GetType().IsPublic || ex.GetType().Namespace != "CognitoKit.Errors")
            {
                problems.Add($"{code}: {ex.GetType().FullName} must be public, sealed and in namespace CognitoKit.Errors");
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void EnumConstants_AreValuesTheModelKnows()
    {
        ModelSources sources = ModelSources.Current;
        Type[] enums = Library.GetTypes()
            .Where(t => t.Namespace == "CognitoKit.Protocol.UserPools" && t.IsAbstract && t.IsSealed && t.GetFields().Any(f => f.IsLiteral))
            .ToArray();
        Assert.NotEmpty(enums);
        if (!sources.Newest)
        {
            _output.WriteLine("NOT CHECKED: enum shape names are not kept in the older minified models.");
            return;
        }

        var shapes = sources.UserPools.Document.RootElement.GetProperty("shapes");
        foreach (Type type in enums)
        {
            var known = shapes.GetProperty(type.Name).GetProperty("enum").EnumerateArray().Select(e => e.GetString()).ToHashSet();
            foreach (FieldInfo field in type.GetFields().Where(f => f.IsLiteral))
            {
                Assert.Contains((string)field.GetRawConstantValue()!, known);
            }

            Assert.Equal(known.Count, type.GetFields().Count(f => f.IsLiteral));
        }
    }

    internal static Type WireType(string service, string name) =>
        Library.GetType($"CognitoKit.Protocol.{service}.{name}") ?? throw new InvalidOperationException($"No wire type {service}.{name}.");

    /// <summary>Every record reachable from a response type.</summary>
    internal static IReadOnlySet<Type> ResponseTypes()
    {
        var found = new HashSet<Type>();
        var stack = new Stack<Type>(Library.GetTypes().Where(t => t.Namespace?.StartsWith("CognitoKit.Protocol.", StringComparison.Ordinal) == true && t.Name.EndsWith("Response", StringComparison.Ordinal)));
        while (stack.Count > 0)
        {
            Type t = stack.Pop();
            if (!found.Add(t)) { continue; }
            foreach (PropertyInfo p in t.GetProperties())
            {
                Type pt = Nullable.GetUnderlyingType(p.PropertyType) ?? p.PropertyType;
                IEnumerable<Type> candidates = pt.IsGenericType ? pt.GetGenericArguments() : [pt];
                foreach (Type c in candidates.Where(c => c.Namespace?.StartsWith("CognitoKit.Protocol.", StringComparison.Ordinal) == true))
                {
                    stack.Push(c);
                }
            }
        }

        return found;
    }
}
