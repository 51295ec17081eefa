namespace CognitoKit.Tests.Contract;

/// <summary>
/// Finds the Cognito service models: the newest in <c>shared/reference/aws-models</c> beside the repository root
/// (the repository and <c>shared</c> side by side in one folder), or else
/// the older ones in <c>node_modules/aws-sdk/apis</c> (after <c>npm ci</c>). Under <c>CI=true</c> the newest are required.
/// </summary>
internal sealed record ModelSources(ServiceModel UserPools, ServiceModel Identity, bool Newest)
{
    private const string UserPoolsFile = "cognito-idp-2016-04-18";
    private const string IdentityFile = "cognito-identity-2014-06-30";

    private static readonly Lazy<ModelSources> Located = new(Locate);

    public static ModelSources Current => Located.Value;

    private static ModelSources Locate()
    {
        bool ci = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        var searched = new List<string>();
        foreach (DirectoryInfo dir in Upwards(AppContext.BaseDirectory))
        {
            string shared = Path.Combine(dir.FullName, "shared", "reference", "aws-models");
            searched.Add(shared);
            if (File.Exists(Path.Combine(shared, UserPoolsFile + ".json")) && File.Exists(Path.Combine(shared, IdentityFile + ".json")))
            {
                return new ModelSources(
                    ServiceModel.Load(Path.Combine(shared, UserPoolsFile + ".json")),
                    ServiceModel.Load(Path.Combine(shared, IdentityFile + ".json")),
                    Newest: true);
            }
        }

        if (ci)
        {
            throw new InvalidOperationException(
                "CI=true requires the newest Cognito models in shared/reference/aws-models beside the repository; looked in: " + string.Join(", ", searched));
        }

        foreach (DirectoryInfo dir in Upwards(AppContext.BaseDirectory))
        {
            string apis = Path.Combine(dir.FullName, "node_modules", "aws-sdk", "apis");
            searched.Add(apis);
            if (File.Exists(Path.Combine(apis, UserPoolsFile + ".min.json")) && File.Exists(Path.Combine(apis, IdentityFile + ".min.json")))
            {
                return new ModelSources(
                    ServiceModel.Load(Path.Combine(apis, UserPoolsFile + ".min.json")),
                    ServiceModel.Load(Path.Combine(apis, IdentityFile + ".min.json")),
                    Newest: false);
            }
        }

        throw new InvalidOperationException(
            "No Cognito service models found. Run `npm ci` in the repository root (it installs aws-sdk, whose apis/ folder holds them), " +
            "or place shared/reference/aws-models beside the repository. Looked in: " + string.Join(", ", searched));
    }

    internal static IEnumerable<DirectoryInfo> Upwards(string start)
    {
        for (DirectoryInfo? dir = new(start); dir is not null; dir = dir.Parent)
        {
            yield return dir;
        }
    }
}
