// Signal processing for the audio view, in plain TypeScript: an FFT, a spectrogram and a waveform outline.

/** In-place iterative radix-2 FFT (Cooley–Tukey); the length must be a power of two. */
export function fft(re: Float64Array, im: Float64Array): void {
  const n = re.length;
  if (n & (n - 1)) throw new Error(`FFT length ${n} is not a power of two`);
  for (let i = 1, j = 0; i < n; i++) {
    let bit = n >> 1;
    for (; j & bit; bit >>= 1) j ^= bit;
    j ^= bit;
    if (i < j) {
      [re[i], re[j]] = [re[j]!, re[i]!];
      [im[i], im[j]] = [im[j]!, im[i]!];
    }
  }
  for (let size = 2; size <= n; size <<= 1) {
    const angle = (-2 * Math.PI) / size;
    for (let start = 0; start < n; start += size) {
      for (let k = 0; k < size / 2; k++) {
        const wr = Math.cos(angle * k);
        const wi = Math.sin(angle * k);
        const a = start + k;
        const b = a + size / 2;
        const tr = re[b]! * wr - im[b]! * wi;
        const ti = re[b]! * wi + im[b]! * wr;
        re[b] = re[a]! - tr;
        im[b] = im[a]! - ti;
        re[a] = re[a]! + tr;
        im[a] = im[a]! + ti;
      }
    }
  }
}

export interface Spectrogram {
  /** Time frames × frequency bins, row by row: frame f, bin b at values[f * bins + b], in dB. */
  values: Float32Array;
  frames: number;
  bins: number;
  /** The loudest value, for the colour scale's top. */
  max: number;
}

/**
 * Short-time Fourier transform magnitudes in dB: Hann-windowed frames of `size` samples every `hop` samples,
 * `size / 2` bins from 0 Hz up to (not including) the Nyquist frequency.
 */
export function spectrogram(samples: Float32Array, size = 256, hop = 128): Spectrogram {
  const bins = size / 2;
  const frames = Math.max(1, Math.floor((samples.length - size) / hop) + 1);
  const values = new Float32Array(frames * bins);
  const window = Float64Array.from({ length: size }, (_, n) => 0.5 - 0.5 * Math.cos((2 * Math.PI * n) / (size - 1)));
  const re = new Float64Array(size);
  const im = new Float64Array(size);
  let max = -Infinity;
  for (let f = 0; f < frames; f++) {
    for (let n = 0; n < size; n++) {
      re[n] = (samples[f * hop + n] ?? 0) * window[n]!;
      im[n] = 0;
    }
    fft(re, im);
    for (let b = 0; b < bins; b++) {
      const db = 10 * Math.log10(re[b]! * re[b]! + im[b]! * im[b]! + 1e-12);
      values[f * bins + b] = db;
      if (db > max) max = db;
    }
  }
  return { values, frames, bins, max };
}

/** The waveform's outline: the lowest and highest sample in each of `columns` equal slices. */
export function peaks(samples: Float32Array, columns: number): { min: Float32Array; max: Float32Array } {
  const min = new Float32Array(columns);
  const max = new Float32Array(columns);
  for (let c = 0; c < columns; c++) {
    const from = Math.floor((c * samples.length) / columns);
    const to = Math.max(from + 1, Math.floor(((c + 1) * samples.length) / columns));
    let lo = Infinity;
    let hi = -Infinity;
    for (let i = from; i < to && i < samples.length; i++) {
      lo = Math.min(lo, samples[i]!);
      hi = Math.max(hi, samples[i]!);
    }
    min[c] = Number.isFinite(lo) ? lo : 0;
    max[c] = Number.isFinite(hi) ? hi : 0;
  }
  return { min, max };
}

/** The sample rate in a WAV file's header, so decoding keeps the recording's own rate; null for other formats. */
export function wavSampleRate(bytes: ArrayBuffer): number | null {
  if (bytes.byteLength < 28) return null;
  const view = new DataView(bytes);
  const tag = (at: number) => String.fromCharCode(view.getUint8(at), view.getUint8(at + 1), view.getUint8(at + 2), view.getUint8(at + 3));
  if (tag(0) !== 'RIFF' || tag(8) !== 'WAVE') return null;
  for (let at = 12; at + 8 <= bytes.byteLength; ) {
    const size = view.getUint32(at + 4, true);
    if (tag(at) === 'fmt ' && at + 16 <= bytes.byteLength) return view.getUint32(at + 12, true);
    at += 8 + size + (size & 1);
  }
  return null;
}

/** A dark-to-bright colour scale (close to "magma") for a value in [0, 1]. */
export function heat(t: number): [number, number, number] {
  const stops: [number, number, number][] = [[0, 0, 4], [59, 15, 112], [140, 41, 129], [222, 73, 104], [254, 159, 109], [252, 253, 191]];
  const x = Math.min(1, Math.max(0, t)) * (stops.length - 1);
  const i = Math.min(stops.length - 2, Math.floor(x));
  const f = x - i;
  const [a, b] = [stops[i]!, stops[i + 1]!];
  return [a[0] + (b[0] - a[0]) * f, a[1] + (b[1] - a[1]) * f, a[2] + (b[2] - a[2]) * f];
}
