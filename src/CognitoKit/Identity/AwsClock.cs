using Amazon.Util.Internal;

namespace CognitoKit.Identity;

/// <summary>
/// Lets the AWS SDK's expiry checks run on the app's <see cref="TimeProvider"/>, so that a test clock (or any other
/// clock the app registers) decides when credentials count as expired.
/// </summary>
internal sealed class AwsClock : ITimeProvider
{
    private readonly TimeProvider _time;

    public AwsClock(TimeProvider time) => _time = time;

    public DateTime CorrectedUtcNow => _time.GetUtcNow().UtcDateTime;
}
