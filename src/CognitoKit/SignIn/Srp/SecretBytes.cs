using System.Security.Cryptography;

namespace CognitoKit.SignIn.Srp;

/// <summary>
/// Wipes byte buffers that held SRP secrets (the password hash, x, S, the HKDF key material) once they are used.
/// </summary>
/// <remarks>
/// Every wipe goes through <see cref="Wipe"/>, so a test can see which buffers were wiped and check afterwards that they
/// stayed zero (<see cref="ObserveWipes"/>). The observer is per async flow, so concurrent sign-ins never see each other.
/// </remarks>
internal static class SecretBytes
{
    private static readonly AsyncLocal<Action<string, byte[]>?> Observer = new();

    /// <summary>Zeroes <paramref name="buffer"/>; <paramref name="holds"/> names what it held, for the test seam only.</summary>
    public static void Wipe(byte[]? buffer, string holds)
    {
        if (buffer is null)
        {
            return;
        }

        Observer.Value?.Invoke(holds, buffer);
        CryptographicOperations.ZeroMemory(buffer);
    }

    /// <summary>Test seam: until disposed, <paramref name="observer"/> receives each buffer of this async flow just before it is wiped.</summary>
    public static IDisposable ObserveWipes(Action<string, byte[]> observer)
    {
        Action<string, byte[]>? previous = Observer.Value;
        Observer.Value = observer;
        return new Restore(previous);
    }

    private sealed class Restore(Action<string, byte[]>? previous) : IDisposable
    {
        public void Dispose() => Observer.Value = previous;
    }
}
