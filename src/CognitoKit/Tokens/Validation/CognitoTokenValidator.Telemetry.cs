using System.Diagnostics;
using CognitoKit.Diagnostics;
using CognitoKit.Tokens.Validation;

namespace CognitoKit.Tokens;

/// <summary>
/// The span and count of a validation, taken only while something listens: with no listener,
/// <see cref="ValidateAsync"/> takes its plain path and this costs two reads.
/// </summary>
public sealed partial class CognitoTokenValidator
{
    private CognitoKitMetrics _metrics = CognitoKitMetrics.Shared;

    /// <summary>Where validations and key fetches are counted (the service provider's meter under dependency injection).</summary>
    internal CognitoKitMetrics Metrics
    {
        get => _metrics;
        init
        {
            _metrics = value;
            foreach (JwksCache jwks in _jwks)
            {
                jwks.Metrics = value;
            }
        }
    }

    private async ValueTask<CognitoTokenValidationResult> ValidateObservedAsync(string token, CognitoTokenUse expectedUse, CancellationToken cancellationToken)
    {
        using Activity? activity = Telemetry.Source.StartActivity(Telemetry.ValidationSpan);
        string use = expectedUse == CognitoTokenUse.Id ? "id" : "access";
        activity?.SetTag(Telemetry.TokenUse, use);
        CognitoTokenValidationResult result;
        try
        {
            result = Validate(token, expectedUse, keysRefreshed: false, out var keySource)
                ?? await ValidateAfterKeyRefreshAsync(token, expectedUse, _jwks[keySource], cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (activity is not null)
        {
            Telemetry.Fail(activity, Telemetry.ErrorTypeOf(ex));
            throw;
        }

        string outcome = result.IsValid ? "valid" : "rejected";
        string? reason = result.RejectionReason?.ToString();
        if (activity is not null)
        {
            activity.SetTag(Telemetry.ValidationResult, outcome);
            activity.SetTag(Telemetry.RejectionReason, reason);
        }

        if (_metrics.Validations.Enabled)
        {
            var tags = new TagList
            {
                { Telemetry.TokenUse, use },
                { Telemetry.ValidationResult, outcome },
            };
            if (reason is not null)
            {
                tags.Add(Telemetry.RejectionReason, reason);
            }

            _metrics.Validations.Add(1, tags);
        }

        return result;
    }
}
