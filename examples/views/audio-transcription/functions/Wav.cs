using System.Buffers.Binary;

namespace Digits;

/// <summary>Reads 16-bit PCM WAV files (mono, or the first channel) into samples in [-1, 1].</summary>
public static class Wav
{
    public static (float[] Samples, int SampleRate) Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        int rate = 0, channels = 1, bits = 16;
        for (var at = 12; at + 8 <= bytes.Length;)
        {
            var id = System.Text.Encoding.ASCII.GetString(bytes, at, 4);
            var size = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(at + 4));
            if (id == "fmt ")
            {
                channels = BinaryPrimitives.ReadInt16LittleEndian(bytes.AsSpan(at + 10));
                rate = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(at + 12));
                bits = BinaryPrimitives.ReadInt16LittleEndian(bytes.AsSpan(at + 22));
            }
            else if (id == "data")
            {
                if (bits != 16)
                    throw new NotSupportedException($"{path}: {bits}-bit samples; only 16-bit PCM is read");
                size = Math.Min(size, bytes.Length - at - 8);
                var samples = new float[size / 2 / channels];
                for (var i = 0; i < samples.Length; i++)
                    samples[i] = BinaryPrimitives.ReadInt16LittleEndian(bytes.AsSpan(at + 8 + i * 2 * channels)) / 32768f;
                return (samples, rate);
            }
            at += 8 + size + (size & 1);
        }
        throw new InvalidDataException($"{path}: no data chunk");
    }
}
