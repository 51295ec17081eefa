using System.Diagnostics;
using System.Globalization;
using CognitoKit.Testing.Host;

namespace CognitoKit.Testing.Persistence;

/// <summary>
/// Keeps an emulator's state in a data directory: a snapshot (<c>state.snapshot</c>) plus a write-ahead log of what
/// changed since (<c>state.log</c>), both made of checksummed frames (<see cref="JournalFormat"/>).
/// <para>
/// Group commit: a call that changed state waits in <see cref="CommitAsync"/>; one writer takes every waiting call at
/// once, captures the state (which then holds all their changes), appends the records that differ from what is on
/// disk as one frame, fsyncs, and only then lets the calls answer. Concurrent callers share one fsync instead of
/// queueing behind one each. A second timer-driven pass each second keeps changes made outside any hooked path.
/// </para>
/// <para>
/// Compaction: when the log outgrows the snapshot, a new snapshot (next generation) is written to a temporary file,
/// fsync'd, renamed over the old one and the directory fsync'd; then a fresh log of that generation replaces the old
/// one the same way. A log of an older generation than the snapshot is already inside it and is ignored.
/// </para>
/// </summary>
internal sealed class StateJournal : IAsyncDisposable
{
    public const string SnapshotFileName = "state.snapshot";
    public const string LogFileName = "state.log";
    public const string LockFileName = "emulator.lock";
    private const long MinimumCompactionBytes = 8 * 1024 * 1024;
    private static readonly TimeSpan BackgroundInterval = TimeSpan.FromSeconds(1);

    private readonly string directory;
    private readonly EmulatorState state;
    private readonly FileStream lockFile;
    private readonly object gate = new();
    private readonly SemaphoreSlim wake = new(0);
    private readonly CancellationTokenSource stopping = new();
    private Dictionary<string, byte[]> persisted;
    private List<TaskCompletionSource> waiting = [];
    private FileStream log;
    private long logLength;
    private long snapshotLength;
    private long generation;
    private Thread? writer;
    private bool disposed;

    private StateJournal(string directory, EmulatorState state, FileStream lockFile, Dictionary<string, byte[]> persisted, FileStream log, long generation, long snapshotLength)
    {
        this.directory = directory;
        this.state = state;
        this.lockFile = lockFile;
        this.persisted = persisted;
        this.log = log;
        this.generation = generation;
        this.snapshotLength = snapshotLength;
        logLength = log.Length;
    }

    /// <summary>Batches written (each one fsync); for tests and measurements.</summary>
    public long Commits { get; private set; }

    public string SnapshotPath => Path.Combine(directory, SnapshotFileName);

    public string LogPath => Path.Combine(directory, LogFileName);

    /// <summary>Locks the directory, loads what it holds into <paramref name="state"/> and starts the writer.</summary>
    public static StateJournal Open(string directory, EmulatorState state)
    {
        directory = Path.GetFullPath(directory);
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(directory);
        }
        else
        {
            // The files hold client secrets, password verifiers, TOTP secrets and refresh tokens: owner only.
            Directory.CreateDirectory(directory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        var lockFile = Lock(directory);
        try
        {
            foreach (var leftover in Directory.EnumerateFiles(directory, "*.tmp"))
            {
                File.Delete(leftover);
            }

            var records = new Dictionary<string, byte[]>(StringComparer.Ordinal);
            var snapshotPath = Path.Combine(directory, SnapshotFileName);
            long generation = 0;
            long snapshotLength = 0;
            if (File.Exists(snapshotPath))
            {
                var snapshot = File.ReadAllBytes(snapshotPath);
                snapshotLength = snapshot.Length;
                generation = JournalFormat.ReadHeader(snapshotPath, snapshot, JournalFormat.Kind.Snapshot);
                var frames = JournalFormat.ReadFrames(snapshotPath, snapshot, tolerateTornTail: false, out _);
                if (frames.Count == 0)
                {
                    throw new CognitoEmulatorDataException(EmulatorDataProblem.Corrupt, snapshotPath, $"'{snapshotPath}' has no records frame.");
                }

                foreach (var frame in frames)
                {
                    JournalFormat.ApplyBatch(snapshotPath, frame, records);
                }
            }

            var logPath = Path.Combine(directory, LogFileName);
            var replayLog = File.Exists(logPath) && ReplayLog(logPath, generation, records);
            StateCapture.Restore(state, records, replayLog ? logPath : snapshotPath);
            if (!replayLog)
            {
                ReplaceLog(directory, generation);
            }

            var log = new FileStream(logPath, FileMode.Open, FileAccess.ReadWrite, FileShare.Read);
            log.Seek(0, SeekOrigin.End);
            var journal = new StateJournal(directory, state, lockFile, records, log, generation, snapshotLength);
            // Its own thread, so flushing never waits for a thread-pool thread while request threads queue on pool locks.
            journal.writer = new Thread(journal.WriteLoop) { IsBackground = true, Name = "CognitoKit emulator journal" };
            journal.writer.Start();
            return journal;
        }
        catch
        {
            lockFile.Dispose();
            throw;
        }
    }

    /// <summary>Completes once every change made before the call is on disk (fsync'd).</summary>
    public Task CommitAsync()
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (gate)
        {
            if (disposed)
            {
                return Task.FromException(new ObjectDisposedException(nameof(StateJournal)));
            }

            waiting.Add(done);
            if (waiting.Count == 1)
            {
                wake.Release();
            }
        }

        return done.Task;
    }

    public async ValueTask DisposeAsync()
    {
        lock (gate)
        {
            if (disposed)
            {
                return;
            }

            disposed = true;
        }

        await stopping.CancelAsync().ConfigureAwait(false);
        writer?.Join();
        try
        {
            // The last changes, then a snapshot so the next start reads one file.
            Flush();
            Compact();
        }
        finally
        {
            await log.DisposeAsync().ConfigureAwait(false);
            await lockFile.DisposeAsync().ConfigureAwait(false);
            wake.Dispose();
            stopping.Dispose();
        }
    }

    private static FileStream Lock(string directory)
    {
        var path = Path.Combine(directory, LockFileName);
        try
        {
            // FileShare.None is an exclusive lock (flock on Unix) that the OS releases when the process dies, even by kill -9.
            var stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            stream.SetLength(0);
            var owner = System.Text.Encoding.UTF8.GetBytes(Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + "\n");
            stream.Write(owner);
            stream.Flush();
            return stream;
        }
        catch (IOException error)
        {
            throw new CognitoEmulatorDataException(EmulatorDataProblem.Locked, path, $"The data directory '{directory}' is in use by another emulator (it holds '{path}'). Stop that emulator or use another directory.", error);
        }
    }

    /// <summary>Applies the log when it continues the snapshot; false when it is older and must be replaced.</summary>
    private static bool ReplayLog(string logPath, long snapshotGeneration, Dictionary<string, byte[]> records)
    {
        var bytes = File.ReadAllBytes(logPath);
        var logGeneration = JournalFormat.ReadHeader(logPath, bytes, JournalFormat.Kind.Log);
        if (logGeneration < snapshotGeneration)
        {
            return false;
        }

        if (logGeneration > snapshotGeneration)
        {
            throw new CognitoEmulatorDataException(EmulatorDataProblem.Corrupt, logPath, $"'{logPath}' continues snapshot generation {logGeneration}, but the snapshot is generation {snapshotGeneration} (the snapshot is missing or was replaced).");
        }

        var frames = JournalFormat.ReadFrames(logPath, bytes, tolerateTornTail: true, out var validLength);
        foreach (var frame in frames)
        {
            JournalFormat.ApplyBatch(logPath, frame, records);
        }

        if (validLength < bytes.Length)
        {
            // The last write was cut short by a crash; its callers never got an answer. Drop it before appending.
            using var stream = new FileStream(logPath, FileMode.Open, FileAccess.Write, FileShare.Read);
            stream.SetLength(validLength);
            stream.Flush(flushToDisk: true);
        }

        return true;
    }

    private static void ReplaceLog(string directory, long generation) =>
        WriteAtomically(directory, LogFileName, JournalFormat.Header(JournalFormat.Kind.Log, generation), []);

    private static long WriteAtomically(string directory, string fileName, byte[] header, IEnumerable<byte[]> frames)
    {
        var path = Path.Combine(directory, fileName);
        var temporary = path + ".tmp";
        long length;
        var create = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            create.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var stream = new FileStream(temporary, create))
        {
            stream.Write(header);
            foreach (var frame in frames)
            {
                stream.Write(frame);
            }

            stream.Flush(flushToDisk: true);
            length = stream.Length;
        }

        File.Move(temporary, path, overwrite: true);
        DirectorySync.Flush(directory);
        return length;
    }

    private void WriteLoop()
    {
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                wake.Wait(BackgroundInterval, stopping.Token);
            }
            catch (OperationCanceledException)
            {
                break;
            }

            List<TaskCompletionSource> batch;
            lock (gate)
            {
                batch = waiting;
                waiting = [];
            }

            try
            {
                Flush();
                foreach (var done in batch)
                {
                    done.TrySetResult();
                }

                if (logLength > Math.Max(MinimumCompactionBytes, 2 * snapshotLength))
                {
                    Compact();
                }
            }
            catch (Exception error)
            {
                foreach (var done in batch)
                {
                    done.TrySetException(error);
                }
            }
        }

        // Callers still waiting are served by the final flush in DisposeAsync; fail them rather than leave them hanging.
        lock (gate)
        {
            foreach (var done in waiting)
            {
                done.TrySetException(new ObjectDisposedException(nameof(StateJournal)));
            }

            waiting = [];
        }
    }

    /// <summary>Writes what changed since the last flush as one frame and fsyncs it. Only the writer (or dispose) calls this.</summary>
    private void Flush()
    {
        var current = StateCapture.Capture(state);
        var upserts = current.Where(r => !persisted.TryGetValue(r.Key, out var old) || !old.AsSpan().SequenceEqual(r.Value)).ToList();
        var deletes = persisted.Keys.Where(k => !current.ContainsKey(k)).ToList();
        if (upserts.Count == 0 && deletes.Count == 0)
        {
            return;
        }

        var frame = JournalFormat.Frame(JournalFormat.EncodeBatch(upserts, deletes));
        try
        {
            log.Position = logLength;
            log.Write(frame);
            log.Flush(flushToDisk: true);
        }
        catch
        {
            // Never leave half a frame before the next one: cut the log back to its last whole frame.
            log.SetLength(logLength);
            throw;
        }

        logLength += frame.Length;
        persisted = current;
        Commits++;
    }

    private void Compact()
    {
        var next = generation + 1;
        var payload = JournalFormat.EncodeBatch(persisted, []);
        snapshotLength = WriteAtomically(directory, SnapshotFileName, JournalFormat.Header(JournalFormat.Kind.Snapshot, next), [JournalFormat.Frame(payload)]);
        log.Dispose();
        ReplaceLog(directory, next);
        log = new FileStream(LogPath, FileMode.Open, FileAccess.ReadWrite, FileShare.Read);
        logLength = log.Length;
        generation = next;
        Debug.Assert(logLength == JournalFormat.HeaderLength, "A new log holds its header only.");
    }
}
