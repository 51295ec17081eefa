using System.Diagnostics;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace CognitoKit.IntegrationTests.Telemetry;

/// <summary>
/// The OpenTelemetry SDK listening to CognitoKit as an app would (<c>AddSource</c>, <c>AddMeter</c> with the public
/// names), exporting to memory. Everything the test does after construction runs under one root span, so
/// <see cref="Spans"/> holds only this test's spans.
/// </summary>
internal sealed class TelemetryCapture : IDisposable
{
    private static readonly ActivitySource TestSource = new("CognitoKit.IntegrationTests.Telemetry");

    private readonly List<Activity> _exported = [];
    private readonly List<MetricSnapshot> _metrics = [];
    private readonly TracerProvider _tracing;
    private readonly MeterProvider _meters;
    private readonly Activity _root;

    public TelemetryCapture()
    {
        _tracing = Sdk.CreateTracerProviderBuilder()
            .AddSource(CognitoKitTelemetry.ActivitySourceName, TestSource.Name)
            .SetSampler(new AlwaysOnSampler())
            .AddInMemoryExporter(_exported)
            .Build();
        _meters = Sdk.CreateMeterProviderBuilder()
            .AddMeter(CognitoKitTelemetry.MeterName)
            .AddInMemoryExporter(_metrics)
            .Build();
        _root = TestSource.StartActivity("test root") ?? throw new InvalidOperationException("The test source is not listened to.");
    }

    public ActivitySpanId RootSpanId => _root.SpanId;

    /// <summary>CognitoKit's spans of this test, in the order they ended.</summary>
    public IReadOnlyList<Activity> Spans
    {
        get
        {
            lock (_exported)
            {
                return [.. _exported.Where(a => a.TraceId == _root.TraceId && a.Source.Name == CognitoKitTelemetry.ActivitySourceName)];
            }
        }
    }

    public Activity Single(string name) => Assert.Single(Spans, s => s.DisplayName == name);

    public IReadOnlyList<Activity> ChildrenOf(Activity parent) => [.. Spans.Where(s => s.ParentSpanId == parent.SpanId)];

    /// <summary>
    /// The points of <paramref name="name"/> as of now (cumulative since this capture began), summed over every meter
    /// of that name (one per service provider with a meter factory, and the process-wide one).
    /// </summary>
    public IReadOnlyList<Point> Points(string name)
    {
        var points = new List<Point>();
        foreach (MetricSnapshot snapshot in Export().Where(m => m.Name == name))
        {
            bool histogram = snapshot.MetricType == MetricType.Histogram;
            foreach (MetricPoint point in snapshot.MetricPoints)
            {
                var tags = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (KeyValuePair<string, object?> tag in point.Tags)
                {
                    tags[tag.Key] = tag.Value;
                }

                var value = new Point(tags, histogram ? point.GetHistogramCount() : point.GetSumLong(), histogram ? point.GetHistogramSum() : 0);
                int same = points.FindIndex(p => p.Tags.Count == tags.Count && tags.All(t => p.Tags.TryGetValue(t.Key, out object? v) && Equals(v, t.Value)));
                if (same < 0)
                {
                    points.Add(value);
                }
                else
                {
                    points[same] = value with { Value = points[same].Value + value.Value, Sum = points[same].Sum + value.Sum };
                }
            }
        }

        return points;
    }

    public MetricSnapshot? Snapshot(string name) => Export().FirstOrDefault(m => m.Name == name);

    /// <summary>Every metric of one export made now.</summary>
    public IReadOnlyList<MetricSnapshot> Export()
    {
        lock (_metrics)
        {
            _metrics.Clear();
        }

        _meters.ForceFlush();
        lock (_metrics)
        {
            return [.. _metrics];
        }
    }

    /// <summary>The value of the one point of <paramref name="name"/> whose tags are exactly <paramref name="tags"/>.</summary>
    public Point PointWith(string name, params (string Key, object? Value)[] tags)
    {
        IReadOnlyList<Point> points = Points(name);
        return Assert.Single(
            points,
            p => p.Tags.Count == tags.Length && tags.All(t => p.Tags.TryGetValue(t.Key, out object? v) && Equals(v, t.Value)));
    }

    public void Dispose()
    {
        _root.Dispose();
        _tracing.Dispose();
        _meters.Dispose();
    }

    /// <summary>One metric point: its dimensions, its sum (counter) or count (histogram), and a histogram's sum.</summary>
    internal sealed record Point(IReadOnlyDictionary<string, object?> Tags, long Value, double Sum);
}
