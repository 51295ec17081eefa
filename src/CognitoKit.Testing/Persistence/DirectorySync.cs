using System.Runtime.InteropServices;
using System.Text;

namespace CognitoKit.Testing.Persistence;

/// <summary>
/// Makes a rename or a new file in a directory durable: on Linux and macOS the directory itself is fsync'd (.NET has no
/// API for it). Windows makes renames durable with the file's own flush, so there is nothing to do there.
/// </summary>
internal static class DirectorySync
{
    private const int ReadOnly = 0;

    public static void Flush(string directory)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var path = Encoding.UTF8.GetBytes(directory + "\0");
        var descriptor = open(path, ReadOnly);
        if (descriptor < 0)
        {
            throw new IOException($"Could not open the directory '{directory}' to flush it (errno {Marshal.GetLastPInvokeError()}).");
        }

        try
        {
            if (fsync(descriptor) != 0)
            {
                throw new IOException($"Could not flush the directory '{directory}' (errno {Marshal.GetLastPInvokeError()}).");
            }
        }
        finally
        {
            _ = close(descriptor);
        }
    }

#pragma warning disable SA1300, IDE1006, CA5392, SYSLIB1054 // libc's own names; a plain import needs no generated marshalling.
    [DllImport("libc", SetLastError = true)]
    private static extern int open(byte[] path, int flags);

    [DllImport("libc", SetLastError = true)]
    private static extern int fsync(int descriptor);

    [DllImport("libc", SetLastError = true)]
    private static extern int close(int descriptor);
#pragma warning restore SA1300, IDE1006, CA5392, SYSLIB1054
}
