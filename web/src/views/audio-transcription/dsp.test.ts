import { describe, expect, it } from 'vitest';
import { fft, heat, peaks, spectrogram, wavSampleRate } from './dsp';
import { markWords } from './words';

describe('fft', () => {
  it('matches a direct Fourier transform', () => {
    const n = 16;
    const signal = Array.from({ length: n }, (_, i) => Math.sin(i * 0.7) + 0.3 * Math.cos(i * 2.1) + (i % 3));
    const re = Float64Array.from(signal);
    const im = new Float64Array(n);
    fft(re, im);
    for (let k = 0; k < n; k++) {
      let dr = 0;
      let di = 0;
      for (let t = 0; t < n; t++) {
        dr += signal[t]! * Math.cos((2 * Math.PI * k * t) / n);
        di -= signal[t]! * Math.sin((2 * Math.PI * k * t) / n);
      }
      expect(re[k]).toBeCloseTo(dr, 9);
      expect(im[k]).toBeCloseTo(di, 9);
    }
  });

  it('refuses a length that is not a power of two', () => {
    expect(() => fft(new Float64Array(12), new Float64Array(12))).toThrow(/power of two/);
  });
});

describe('spectrogram', () => {
  it('puts a pure tone in its frequency bin', () => {
    const rate = 8000;
    const samples = Float32Array.from({ length: 4096 }, (_, i) => Math.sin((2 * Math.PI * 1000 * i) / rate));
    const s = spectrogram(samples, 256, 128);
    expect(s.bins).toBe(128);
    expect(s.frames).toBe(Math.floor((4096 - 256) / 128) + 1);
    // 1000 Hz at 8000 Hz with 256-point frames: bin 1000 / (8000 / 256) = 32.
    const frame = Array.from(s.values.subarray(5 * s.bins, 6 * s.bins));
    expect(frame.indexOf(Math.max(...frame))).toBe(32);
    expect(s.max).toBeGreaterThan(frame[100]! + 40);
  });

  it('gives one frame for a clip shorter than a frame', () => {
    expect(spectrogram(new Float32Array(10)).frames).toBe(1);
  });
});

describe('peaks', () => {
  it('keeps the extremes of each slice', () => {
    const { min, max } = peaks(Float32Array.from([0, 1, -1, 0.5, 0.2, -0.3]), 2);
    expect([...min]).toEqual([-1, Math.fround(-0.3)]);
    expect([...max]).toEqual([1, Math.fround(0.5)]);
  });
});

describe('wavSampleRate', () => {
  it('reads the rate from a WAV header and ignores other files', () => {
    const bytes = new Uint8Array(44);
    bytes.set([...'RIFF'].map((c) => c.charCodeAt(0)), 0);
    bytes.set([...'WAVEfmt '].map((c) => c.charCodeAt(0)), 8);
    const view = new DataView(bytes.buffer);
    view.setUint32(16, 16, true);
    view.setUint32(24, 8000, true);
    expect(wavSampleRate(bytes.buffer)).toBe(8000);
    expect(wavSampleRate(new Uint8Array(44).buffer)).toBeNull();
  });
});

describe('heat', () => {
  it('runs from dark to bright', () => {
    const sum = (c: number[]) => c[0]! + c[1]! + c[2]!;
    expect(sum(heat(0))).toBeLessThan(sum(heat(0.5)));
    expect(sum(heat(0.5))).toBeLessThan(sum(heat(1)));
    expect(heat(2)).toEqual(heat(1));
  });
});

describe('markWords', () => {
  it('marks the words a transcription got wrong', () => {
    expect(markWords('the cat sat', 'the cat sat')).toEqual([
      { text: 'the', differs: false },
      { text: 'cat', differs: false },
      { text: 'sat', differs: false },
    ]);
    expect(markWords('the bat sat down', 'the cat sat').map((w) => w.differs)).toEqual([false, true, false, true]);
    expect(markWords('Seven.', 'seven').map((w) => w.differs)).toEqual([false]);
    expect(markWords('five', 'seven').map((w) => w.differs)).toEqual([true]);
  });
});
