using System.Net;
using System.Net.Sockets;
using System.Text;

namespace CognitoKit.Testing.Tests.Triggers;

/// <summary>A tiny HTTP server on 127.0.0.1 that plays a Lambda: it records each event POSTed to it and answers with what the test says.</summary>
internal sealed class WebhookServer : IAsyncDisposable
{
    private readonly HttpListener listener = new();
    private readonly Func<string, JsonObject, (int Status, string Body)> answer;
    private readonly Task loop;

    public WebhookServer(Func<string, JsonObject, (int Status, string Body)> answer)
    {
        this.answer = answer;
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        Url = new Uri($"http://127.0.0.1:{port}/");
        listener.Prefixes.Add(Url.AbsoluteUri);
        listener.Start();
        loop = Task.Run(ServeAsync);
    }

    public Uri Url { get; }

    /// <summary>The events received, with the path they were POSTed to (e.g. <c>/preSignUp</c>).</summary>
    public List<(string Path, JsonObject Event)> Received { get; } = [];

    /// <summary>Answers the event itself with <paramref name="edit"/> applied to it, as a Lambda returning the event does.</summary>
    public static (int Status, string Body) Answer(JsonObject triggerEvent, Action<JsonObject> edit)
    {
        edit(triggerEvent);
        return (200, triggerEvent.ToJsonString());
    }

    private async Task ServeAsync()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception) when (!listener.IsListening)
            {
                return;
            }
            catch (HttpListenerException)
            {
                return;
            }
            catch (ObjectDisposedException)
            {
                return;
            }

            string text;
            using (var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8))
            {
                text = await reader.ReadToEndAsync();
            }

            var body = JsonNode.Parse(text)!.AsObject();
            lock (Received)
            {
                Received.Add((context.Request.Url!.AbsolutePath, (JsonObject)body.DeepClone()));
            }

            var (status, reply) = answer(context.Request.Url!.AbsolutePath, body);
            var bytes = Encoding.UTF8.GetBytes(reply);
            context.Response.StatusCode = status;
            context.Response.ContentType = "application/json";
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
    }

    public async ValueTask DisposeAsync()
    {
        listener.Stop();
        listener.Close();
        try
        {
            await loop;
        }
        catch (ObjectDisposedException)
        {
            // Stopping the listener ends the pending GetContextAsync.
        }
    }
}
