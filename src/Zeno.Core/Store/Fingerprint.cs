using System.Security.Cryptography;
using System.Text;

namespace Zeno.Core.Store;

/// <summary>Short stable hashes that decide whether a cached column is still valid.</summary>
public static class Fingerprint
{
    /// <summary>Hashes parts in order; a part boundary is marked, so ("ab","c") and ("a","bc") differ.</summary>
    public static string Of(params string?[] parts)
    {
        var builder = new StringBuilder();
        foreach (var part in parts)
            builder.Append(part?.Length ?? -1).Append(':').Append(part).Append('|');
        return Hex(SHA256.HashData(Encoding.UTF8.GetBytes(builder.ToString())));
    }

    /// <summary>Hashes a file's bytes, streaming, so large data files do not need to fit in memory.</summary>
    public static string OfFile(string path)
    {
        using var stream = File.OpenRead(path);
        return Hex(SHA256.HashData(stream));
    }

    private static string Hex(byte[] hash) => Convert.ToHexStringLower(hash, 0, 12);
}
