using System.Runtime.InteropServices;
using CognitoKit.SignIn.Srp.Native;

namespace CognitoKit.Tests.Srp;

/// <summary>Where native libcrypto may be loaded from: never from a place the current directory or DYLD_* can reach.</summary>
public sealed class LibCryptoCandidateTests
{
    [Fact]
    public void CandidateNames_OnMacOS_AreAllAbsolutePaths()
    {
        IReadOnlyList<string> names = LibCrypto.CandidateNames(OSPlatform.OSX);

        Assert.NotEmpty(names);
        Assert.All(names, name => Assert.True(name.StartsWith('/'), $"'{name}' is not an absolute path: macOS dlopen would search the current directory and DYLD_* paths for it."));
        Assert.All(names, name => Assert.DoesNotContain("/usr/lib/", name, StringComparison.Ordinal)); // the system LibreSSL
    }

    [Theory]
    [InlineData("LINUX")]
    [InlineData("FREEBSD")]
    public void CandidateNames_OnElfSystems_AreAbsolutePathsOrBareLibcryptoSonames(string platform)
    {
        IReadOnlyList<string> names = LibCrypto.CandidateNames(OSPlatform.Create(platform));

        Assert.NotEmpty(names);
        Assert.All(names, name => Assert.True(
            name.StartsWith('/') || (!name.Contains('/', StringComparison.Ordinal) && name.StartsWith("libcrypto.so", StringComparison.Ordinal)),
            $"'{name}' is neither an absolute path nor a bare soname for the system loader."));
    }

    [Fact]
    public void CandidateNames_OnWindows_AreNone()
    {
        Assert.Empty(LibCrypto.CandidateNames(OSPlatform.Windows));
    }
}
