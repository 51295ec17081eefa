using System.Buffers.Binary;

namespace CognitoKit.Testing.Tests.Persistence;

public sealed class DataFileTests
{
    private const string Password = "Passw0rd!";

    [Fact]
    public async Task TornLastLogRecord_IsDropped_AndEverythingBeforeItIsKept()
    {
        using var data = new DataDirectory();
        DataDirectory crashed;
        string poolId;
        await using (var cognito = await CognitoEmulator.StartAsync(new CognitoEmulatorOptions { DataDirectory = data.Path }))
        {
            var pool = await cognito.CreateUserPoolAsync();
            poolId = pool.Id;
            await pool.AddUserAsync("ann", Password);
            await pool.AddUserAsync("bob", Password);
            var before = new FileInfo(data.Log).Length;
            await pool.AddUserAsync("cid", Password);
            Assert.True(new FileInfo(data.Log).Length > before, "Adding a user appends to the log before answering.");

            // The files as a kill -9 in the middle of writing cid's record would leave them: that record cut short.
            crashed = data.CopyAsIfCrashed();
        }

        using (crashed)
        {
            using (var log = new FileStream(crashed.Log, FileMode.Open))
            {
                log.SetLength(log.Length - 5);
            }

            var truncatedLength = new FileInfo(crashed.Log).Length;
            await using (var recovered = await CognitoEmulator.StartAsync(new CognitoEmulatorOptions { DataDirectory = crashed.Path }))
            {
                Assert.True(new FileInfo(crashed.Log).Length < truncatedLength, "The torn record is cut off the log before anything is appended.");
                await AssertUserAsync(recovered, poolId, "ann", exists: true);
                await AssertUserAsync(recovered, poolId, "bob", exists: true);
                await AssertUserAsync(recovered, poolId, "cid", exists: false);
                await recovered.InvokeAsync("AdminCreateUser", new JsonObject { ["UserPoolId"] = poolId, ["Username"] = "dan", ["TemporaryPassword"] = Password });
                Assert.True(new FileInfo(crashed.Log).Length > JournalHeaderLength, "A new record goes after the last whole one.");
                var afterDan = crashed.CopyAsIfCrashed();
                using (afterDan)
                {
                    await using var third = await CognitoEmulator.StartAsync(new CognitoEmulatorOptions { DataDirectory = afterDan.Path });
                    await AssertUserAsync(third, poolId, "dan", exists: true);
                    await AssertUserAsync(third, poolId, "bob", exists: true);
                }
            }
        }
    }

    [Fact]
    public async Task ZeroFilledLogTail_IsDropped()
    {
        using var data = new DataDirectory();
        string poolId;
        await using (var cognito = await CognitoEmulator.StartAsync(new CognitoEmulatorOptions { DataDirectory = data.Path }))
        {
            poolId = (await cognito.CreateUserPoolAsync()).Id;
            using var crashed = data.CopyAsIfCrashed();
            using (var log = new FileStream(crashed.Log, FileMode.Append))
            {
                log.Write(new byte[4096]);
            }

            await using var recovered = await CognitoEmulator.StartAsync(new CognitoEmulatorOptions { DataDirectory = crashed.Path });
            var described = await recovered.InvokeAsync("DescribeUserPool", new JsonObject { ["UserPoolId"] = poolId });
            Assert.Equal(poolId, (string?)described["UserPool"]!["Id"]);
        }
    }

    [Fact]
    public async Task DamagedRecordInTheMiddleOfTheLog_FailsStartWithATypedError()
    {
        using var data = new DataDirectory();
        await using (var cognito = await CognitoEmulator.StartAsync(new CognitoEmulatorOptions { DataDirectory = data.Path }))
        {
            var pool = await cognito.CreateUserPoolAsync();
            await pool.AddUserAsync("ann", Password);
            await pool.AddUserAsync("bob", Password);
            using var crashed = data.CopyAsIfCrashed();
            var bytes = File.ReadAllBytes(crashed.Log);
            bytes[JournalHeaderLength + 8 + 10] ^= 0xFF;
            File.WriteAllBytes(crashed.Log, bytes);

            var error = await Assert.ThrowsAsync<CognitoEmulatorDataException>(() => CognitoEmulator.StartAsync(new CognitoEmulatorOptions { DataDirectory = crashed.Path }));
            Assert.Equal(EmulatorDataProblem.Corrupt, error.Problem);
            Assert.Equal(crashed.Log, error.FilePath);
            Assert.Contains(crashed.Log, error.Message, StringComparison.Ordinal);
            Assert.Contains("checksum", error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task DamagedSnapshot_FailsStartWithATypedError_AndNeverStartsEmpty()
    {
        using var data = new DataDirectory();
        await using (var cognito = await CognitoEmulator.StartAsync(new CognitoEmulatorOptions { DataDirectory = data.Path }))
        {
            var pool = await cognito.CreateUserPoolAsync();
            await pool.AddUserAsync("ann", Password);
        }

        // Stopping wrote a snapshot; damage one byte of its records.
        var bytes = File.ReadAllBytes(data.Snapshot);
        bytes[bytes.Length / 2] ^= 0x20;
        File.WriteAllBytes(data.Snapshot, bytes);

        var error = await Assert.ThrowsAsync<CognitoEmulatorDataException>(() => CognitoEmulator.StartAsync(new CognitoEmulatorOptions { DataDirectory = data.Path }));
        Assert.Equal(EmulatorDataProblem.Corrupt, error.Problem);
        Assert.Equal(data.Snapshot, error.FilePath);
        Assert.Contains(data.Snapshot, error.Message, StringComparison.Ordinal);

        // The failed start released the directory: once the damage is gone (here: the directory reset), it opens.
        File.Delete(data.Snapshot);
        File.Delete(data.Log);
        await using var fresh = await CognitoEmulator.StartAsync(new CognitoEmulatorOptions { DataDirectory = data.Path });
    }

    [Fact]
    public async Task SnapshotOfAnotherFormatVersion_FailsStartWithATypedError()
    {
        using var data = new DataDirectory();
        await using (var cognito = await CognitoEmulator.StartAsync(new CognitoEmulatorOptions { DataDirectory = data.Path }))
        {
            await cognito.CreateUserPoolAsync();
        }

        var bytes = File.ReadAllBytes(data.Snapshot);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(8), 99);
        File.WriteAllBytes(data.Snapshot, bytes);

        var error = await Assert.ThrowsAsync<CognitoEmulatorDataException>(() => CognitoEmulator.StartAsync(new CognitoEmulatorOptions { DataDirectory = data.Path }));
        Assert.Equal(EmulatorDataProblem.UnsupportedFormat, error.Problem);
        Assert.Equal(data.Snapshot, error.FilePath);
        Assert.Contains("version 99", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FileThatIsNoDataFile_FailsStartWithATypedError()
    {
        using var data = new DataDirectory();
        File.WriteAllText(data.Log, "{\"users\":[]}");

        var error = await Assert.ThrowsAsync<CognitoEmulatorDataException>(() => CognitoEmulator.StartAsync(new CognitoEmulatorOptions { DataDirectory = data.Path }));
        Assert.Equal(EmulatorDataProblem.UnsupportedFormat, error.Problem);
        Assert.Equal(data.Log, error.FilePath);
    }

    [Fact]
    public async Task DirectoryInUseByAnotherEmulator_FailsStartWithATypedError()
    {
        using var data = new DataDirectory();
        await using var first = await CognitoEmulator.StartAsync(new CognitoEmulatorOptions { DataDirectory = data.Path });

        var error = await Assert.ThrowsAsync<CognitoEmulatorDataException>(() => CognitoEmulator.StartAsync(new CognitoEmulatorOptions { DataDirectory = data.Path }));
        Assert.Equal(EmulatorDataProblem.Locked, error.Problem);
        Assert.Contains(data.Path, error.Message, StringComparison.Ordinal);

        // The first one is unaffected.
        await first.CreateUserPoolAsync();
    }

    private const int JournalHeaderLength = 24;

    private static async Task AssertUserAsync(CognitoEmulator cognito, string poolId, string username, bool exists)
    {
        var request = new JsonObject { ["UserPoolId"] = poolId, ["Username"] = username };
        if (exists)
        {
            Assert.Equal(username, (string?)(await cognito.InvokeAsync("AdminGetUser", request))["Username"]);
        }
        else
        {
            var error = await Assert.ThrowsAsync<CognitoEmulatorException>(() => cognito.InvokeAsync("AdminGetUser", request));
            Assert.Equal("UserNotFoundException", error.ErrorCode);
        }
    }
}
