using System.Net;
using System.Net.Sockets;

namespace CognitoKit.IntegrationTests.Identity;

/// <summary>
/// A stand-in for S3 on 127.0.0.1 that records each request's headers and answers every one with 200 and an ETag, so an
/// <c>AmazonS3Client</c> can be pointed at it to show what it signs and sends.
/// </summary>
internal sealed class RecordingS3Endpoint : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Task _loop;
    private readonly List<RecordedS3Request> _requests = [];

    public RecordingS3Endpoint()
    {
        int port = FreePort();
        Endpoint = new Uri($"http://127.0.0.1:{port}/");
        _listener.Prefixes.Add(Endpoint.AbsoluteUri);
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public Uri Endpoint { get; }

    public IReadOnlyList<RecordedS3Request> Requests
    {
        get
        {
            lock (_requests)
            {
                return [.. _requests];
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        _listener.Close();
        try
        {
            await _loop;
        }
        catch (HttpListenerException)
        {
            // Stopping the listener ends the loop this way.
        }
        catch (ObjectDisposedException)
        {
            // Likewise.
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context = await _listener.GetContextAsync();
            using (var body = new MemoryStream())
            {
                await context.Request.InputStream.CopyToAsync(body);
                lock (_requests)
                {
                    _requests.Add(new RecordedS3Request(
                        context.Request.HttpMethod,
                        context.Request.Url!.AbsolutePath,
                        context.Request.Headers.AllKeys.Where(k => k is not null).ToDictionary(k => k!, k => context.Request.Headers[k]!, StringComparer.OrdinalIgnoreCase)));
                }
            }

            context.Response.StatusCode = 200;
            context.Response.AddHeader("ETag", "\"0123456789abcdef0123456789abcdef\"");
            context.Response.AddHeader("x-amz-request-id", "recorded");
            context.Response.ContentLength64 = 0;
            context.Response.Close();
        }
    }
}

/// <summary>One request the stand-in received.</summary>
internal sealed record RecordedS3Request(string Method, string Path, IReadOnlyDictionary<string, string> Headers);
