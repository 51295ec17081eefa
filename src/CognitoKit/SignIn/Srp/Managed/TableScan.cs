using System.Runtime.Intrinsics;

namespace CognitoKit.SignIn.Srp.Managed;

/// <summary>A constant-time table read: every word of every entry is loaded, and the wanted entry kept by a mask.</summary>
internal static unsafe class TableScan
{
    /// <summary>Copies entry <paramref name="index"/> of a table of <paramref name="entries"/> entries of <paramref name="width"/> words.</summary>
    public static void Select(ulong* r, ulong* table, int entries, int index, int width)
    {
        new Span<ulong>(r, width).Clear();
        if (Vector256.IsHardwareAccelerated && width % 4 == 0)
        {
            for (int k = 0; k < entries; k++)
            {
                Vector256<ulong> mask = Vector256.Create(EqualMask(k, index));
                ulong* e = table + (k * width);
                for (int j = 0; j < width; j += 4)
                {
                    (Vector256.Load(r + j) | (Vector256.Load(e + j) & mask)).Store(r + j);
                }
            }

            return;
        }

        for (int k = 0; k < entries; k++)
        {
            ulong mask = EqualMask(k, index);
            ulong* e = table + (k * width);
            for (int j = 0; j < width; j++)
            {
                r[j] |= e[j] & mask;
            }
        }
    }

    /// <summary>All ones when k equals index, zero otherwise, without a comparison (both are small non-negative ints).</summary>
    public static ulong EqualMask(int k, int index) => (ulong)(((long)(k ^ index) - 1) >> 63);
}
