using System.Net;
using System.Net.Sockets;

namespace CognitoKit.Testing.Tests.Persistence;

/// <summary>A fresh temporary data directory, deleted afterwards; and a free loopback port so a restarted emulator keeps its issuer.</summary>
internal sealed class DataDirectory : IDisposable
{
    public DataDirectory() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "cognitokit-data-" + Guid.NewGuid().ToString("N"));

    public string Snapshot => System.IO.Path.Combine(Path, "state.snapshot");

    public string Log => System.IO.Path.Combine(Path, "state.log");

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Copies the data files as they are on disk now, as a crash at this moment would leave them.</summary>
    public DataDirectory CopyAsIfCrashed()
    {
        var copy = new DataDirectory();
        foreach (var file in new[] { "state.snapshot", "state.log" })
        {
            var source = System.IO.Path.Combine(Path, file);
            if (File.Exists(source))
            {
                using var input = new FileStream(source, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
                using var output = File.Create(System.IO.Path.Combine(copy.Path, file));
                input.CopyTo(output);
            }
        }

        return copy;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A process still holding a file; the temp directory is cleaned by the OS.
        }
    }
}
