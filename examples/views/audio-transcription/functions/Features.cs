namespace Digits;

/// <summary>
/// A small acoustic fingerprint of a spoken word: log energies in 12 frequency bands, averaged over 6 equal parts of
/// the voiced stretch (72 numbers), minus their mean so loud and quiet recordings compare. No learning library:
/// a radix-2 FFT of 256-sample frames.
/// </summary>
public static class Features
{
    private const int Frame = 256;
    private const int Bands = 12;
    private const int Parts = 6;

    public static double[] Of(float[] samples, int sampleRate)
    {
        var frames = new List<double[]>();
        for (var start = 0; start + Frame <= samples.Length; start += Frame / 2)
            frames.Add(BandEnergies(samples.AsSpan(start, Frame), sampleRate));
        if (frames.Count == 0)
            return new double[Bands * Parts];
        // The voiced stretch: from the first to the last frame with a tenth of the loudest frame's energy.
        var energy = frames.Select(f => f.Sum(Math.Exp)).ToList();
        var loud = energy.Max() * 0.1;
        var first = energy.FindIndex(e => e >= loud);
        var last = energy.FindLastIndex(e => e >= loud);
        var voiced = frames.GetRange(first, last - first + 1);
        var vector = new double[Bands * Parts];
        for (var part = 0; part < Parts; part++)
        {
            var from = part * voiced.Count / Parts;
            var to = Math.Max(from + 1, (part + 1) * voiced.Count / Parts);
            for (var band = 0; band < Bands; band++)
                vector[part * Bands + band] = voiced.Skip(from).Take(to - from).Average(f => f[band]);
        }
        var mean = vector.Average();
        return vector.Select(v => v - mean).ToArray();
    }

    public static double Distance(double[] a, double[] b) => Math.Sqrt(a.Zip(b, (x, y) => (x - y) * (x - y)).Sum());

    // Log power in bands spaced evenly on a log scale from 100 Hz to the Nyquist frequency, Hann-windowed.
    private static double[] BandEnergies(ReadOnlySpan<float> frame, int sampleRate)
    {
        var re = new double[Frame];
        var im = new double[Frame];
        for (var n = 0; n < Frame; n++)
            re[n] = frame[n] * (0.5 - 0.5 * Math.Cos(2 * Math.PI * n / (Frame - 1)));
        Fft(re, im);
        var power = new double[Frame / 2];
        for (var k = 1; k < power.Length; k++)
            power[k] = re[k] * re[k] + im[k] * im[k];
        var bands = new double[Bands];
        var (low, high) = (100.0, sampleRate / 2.0);
        for (var k = 1; k < power.Length; k++)
        {
            var hz = k * (double)sampleRate / Frame;
            var band = (int)(Bands * Math.Log(hz / low) / Math.Log(high / low));
            if (band >= 0 && band < Bands)
                bands[band] += power[k];
        }
        return bands.Select(e => Math.Log(e + 1e-6)).ToArray();
    }

    // In-place iterative radix-2 Cooley–Tukey FFT; the length must be a power of two.
    private static void Fft(double[] re, double[] im)
    {
        var n = re.Length;
        for (int i = 1, j = 0; i < n; i++)
        {
            var bit = n >> 1;
            for (; (j & bit) != 0; bit >>= 1)
                j ^= bit;
            j ^= bit;
            if (i < j)
            {
                (re[i], re[j]) = (re[j], re[i]);
                (im[i], im[j]) = (im[j], im[i]);
            }
        }
        for (var size = 2; size <= n; size <<= 1)
        {
            var angle = -2 * Math.PI / size;
            for (var start = 0; start < n; start += size)
                for (var k = 0; k < size / 2; k++)
                {
                    var (wr, wi) = (Math.Cos(angle * k), Math.Sin(angle * k));
                    int a = start + k, b = a + size / 2;
                    var tr = re[b] * wr - im[b] * wi;
                    var ti = re[b] * wi + im[b] * wr;
                    (re[b], im[b]) = (re[a] - tr, im[a] - ti);
                    (re[a], im[a]) = (re[a] + tr, im[a] + ti);
                }
        }
    }
}
