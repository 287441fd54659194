namespace Digits;

public static class AudioDistills
{
    [Distill("duration")]
    public static DistillReturn Duration(DataFrame batch, ZenoOptions options) =>
        new(Read(batch, options).Select(wav => Math.Round(wav.Samples.Length / (double)wav.SampleRate, 3)));

    /// <summary>Loudness as RMS in dB below full scale: slice by it to find quiet recordings.</summary>
    [Distill("loudness_db")]
    public static DistillReturn Loudness(DataFrame batch, ZenoOptions options) =>
        new(Read(batch, options).Select(wav => Math.Round(10 * Math.Log10(wav.Samples.Average(s => (double)s * s) + 1e-12), 1)));

    private static IEnumerable<(float[] Samples, int SampleRate)> Read(DataFrame batch, ZenoOptions options) =>
        batch.Columns[options.DataColumn!].Cast<string>().Select(path => Wav.Read(Path.Combine(options.DataPath, path)));
}
