using System.Buffers.Binary;
using System.Text;
using System.Text.Json;

namespace CognitoKit.Testing.Persistence;

/// <summary>
/// The bytes of the two data files. Each starts with a header (magic, format version, file kind, generation) followed
/// by frames: a little-endian length, the CRC-32 of the payload, then the payload, a UTF-8 JSON batch of records
/// (<c>{"u":{key:value},"d":[key]}</c>). A frame is whole or it is not there: a torn or zero-filled last frame (a write
/// cut short by a crash) is recognised by its length or checksum and dropped; a bad frame followed by more data is damage.
/// </summary>
internal static class JournalFormat
{
    public const int Version = 1;
    public const int HeaderLength = 24;
    public const int FrameHeaderLength = 8;
    private const int MaxFrameLength = 512 * 1024 * 1024;
    private static readonly byte[] Magic = "CKEMUDAT"u8.ToArray();

    public enum Kind
    {
        Snapshot = 1,
        Log = 2,
    }

    public static byte[] Header(Kind kind, long generation)
    {
        var header = new byte[HeaderLength];
        Magic.CopyTo(header, 0);
        BinaryPrimitives.WriteInt32LittleEndian(header.AsSpan(8), Version);
        BinaryPrimitives.WriteInt32LittleEndian(header.AsSpan(12), (int)kind);
        BinaryPrimitives.WriteInt64LittleEndian(header.AsSpan(16), generation);
        return header;
    }

    /// <summary>Checks the header and returns the file's generation.</summary>
    public static long ReadHeader(string path, ReadOnlySpan<byte> file, Kind expected)
    {
        if (file.Length < HeaderLength || !file[..Magic.Length].SequenceEqual(Magic))
        {
            throw new CognitoEmulatorDataException(EmulatorDataProblem.UnsupportedFormat, path, $"'{path}' is not a CognitoKit emulator data file (its header is missing or unknown).");
        }

        var version = BinaryPrimitives.ReadInt32LittleEndian(file[8..]);
        if (version != Version)
        {
            throw new CognitoEmulatorDataException(EmulatorDataProblem.UnsupportedFormat, path, $"'{path}' was written in data format version {version}; this emulator reads version {Version} only. Use the matching emulator version, or delete the data directory to start over.");
        }

        var kind = BinaryPrimitives.ReadInt32LittleEndian(file[12..]);
        if (kind != (int)expected)
        {
            throw new CognitoEmulatorDataException(EmulatorDataProblem.Corrupt, path, $"'{path}' holds a {(Kind)kind} where a {expected} was expected.");
        }

        return BinaryPrimitives.ReadInt64LittleEndian(file[16..]);
    }

    public static byte[] Frame(ReadOnlySpan<byte> payload)
    {
        var frame = new byte[FrameHeaderLength + payload.Length];
        BinaryPrimitives.WriteInt32LittleEndian(frame, payload.Length);
        BinaryPrimitives.WriteUInt32LittleEndian(frame.AsSpan(4), Crc32.Compute(payload));
        payload.CopyTo(frame.AsSpan(FrameHeaderLength));
        return frame;
    }

    /// <summary>
    /// Reads the frames after the header. With <paramref name="tolerateTornTail"/> a bad last frame is dropped and
    /// <paramref name="validLength"/> says where the whole frames end; otherwise (and for a bad frame with data after
    /// it) the file is reported damaged.
    /// </summary>
    public static List<ReadOnlyMemory<byte>> ReadFrames(string path, ReadOnlyMemory<byte> file, bool tolerateTornTail, out long validLength)
    {
        var frames = new List<ReadOnlyMemory<byte>>();
        var offset = HeaderLength;
        var span = file.Span;
        while (offset < file.Length)
        {
            var remaining = file.Length - offset;
            var problem = FrameProblem(span[offset..], out var length);
            if (problem is null)
            {
                frames.Add(file.Slice(offset + FrameHeaderLength, length));
                offset += FrameHeaderLength + length;
                continue;
            }

            // A crash can leave only the end of the file unfinished: a frame that runs to (or past) the end of the file,
            // or nothing but zeros from here on. Anything else is damage.
            var lengthValid = length > 0 && length <= MaxFrameLength;
            var reachesEnd = remaining < FrameHeaderLength || (lengthValid && FrameHeaderLength + (long)length >= remaining);
            var zeroTail = !span[offset..].ContainsAnyExcept((byte)0);
            if (tolerateTornTail && (reachesEnd || zeroTail))
            {
                validLength = offset;
                return frames;
            }

            throw new CognitoEmulatorDataException(EmulatorDataProblem.Corrupt, path, $"'{path}' is damaged at byte {offset}: {problem}.");
        }

        validLength = offset;
        return frames;
    }

    public static byte[] EncodeBatch(IEnumerable<KeyValuePair<string, byte[]>> upserts, IEnumerable<string> deletes)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteStartObject("u");
            foreach (var (key, value) in upserts)
            {
                writer.WritePropertyName(key);
                writer.WriteRawValue(value, skipInputValidation: true);
            }

            writer.WriteEndObject();
            writer.WriteStartArray("d");
            foreach (var key in deletes)
            {
                writer.WriteStringValue(key);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }

    /// <summary>Applies one batch to <paramref name="records"/>; a payload that is not a batch is damage.</summary>
    public static void ApplyBatch(string path, ReadOnlyMemory<byte> payload, Dictionary<string, byte[]> records)
    {
        try
        {
            using var document = JsonDocument.Parse(payload);
            foreach (var upsert in document.RootElement.GetProperty("u").EnumerateObject())
            {
                records[upsert.Name] = Encoding.UTF8.GetBytes(upsert.Value.GetRawText());
            }

            foreach (var delete in document.RootElement.GetProperty("d").EnumerateArray())
            {
                records.Remove(delete.GetString()!);
            }
        }
        catch (Exception error) when (error is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new CognitoEmulatorDataException(EmulatorDataProblem.Corrupt, path, $"'{path}' holds a record batch that is not valid: {error.Message}", error);
        }
    }

    private static string? FrameProblem(ReadOnlySpan<byte> rest, out int length)
    {
        length = -1;
        if (rest.Length < FrameHeaderLength)
        {
            return "a frame header is cut short";
        }

        length = BinaryPrimitives.ReadInt32LittleEndian(rest);
        if (length <= 0 || length > MaxFrameLength)
        {
            return $"a frame length of {length} is impossible";
        }

        if (rest.Length - FrameHeaderLength < length)
        {
            return "a frame is cut short";
        }

        var checksum = BinaryPrimitives.ReadUInt32LittleEndian(rest[4..]);
        return Crc32.Compute(rest.Slice(FrameHeaderLength, length)) == checksum ? null : "a frame's checksum does not match its contents";
    }
}
