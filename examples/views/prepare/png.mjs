// A tiny PNG encoder (8-bit grey or RGB, no interlace, filter 0) on node:zlib, and a raster to draw shapes into.
import { deflateSync } from 'node:zlib';

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** PNG bytes of a width × height image with 1 (grey) or 3 (RGB) channels, row by row. */
export function encodePng(width, height, channels, pixels) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8;
  header[9] = channels === 1 ? 0 : 2;
  const stride = width * channels;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (stride + 1)] = 0;
    for (let i = 0; i < stride; i++) raw[y * (stride + 1) + 1 + i] = pixels[y * stride + i];
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

/** An RGB image with a few filled shapes; `inside(x, y)` predicates keep the geometry in one place. */
export class Raster {
  constructor(width, height, channels = 3) {
    this.width = width;
    this.height = height;
    this.channels = channels;
    this.pixels = new Uint8Array(width * height * channels);
  }

  set(x, y, color) {
    if (x < 0 || y < 0 || x >= this.width || y >= this.height) return;
    const at = (y * this.width + x) * this.channels;
    for (let c = 0; c < this.channels; c++) this.pixels[at + c] = Math.max(0, Math.min(255, Math.round(color[c])));
  }

  get(x, y) {
    const at = (y * this.width + x) * this.channels;
    return Array.from(this.pixels.subarray(at, at + this.channels));
  }

  /** Paints every pixel whose centre lies inside the shape. */
  fill(inside, color) {
    for (let y = 0; y < this.height; y++) for (let x = 0; x < this.width; x++) if (inside(x + 0.5, y + 0.5)) this.set(x, y, color);
  }

  png() {
    return encodePng(this.width, this.height, this.channels, this.pixels);
  }
}

/** Point-in-shape tests for a shape centred at (cx, cy) with "radius" r. */
export const shapes = {
  circle: (cx, cy, r) => (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r,
  square: (cx, cy, r) => (x, y) => Math.abs(x - cx) <= r * 0.85 && Math.abs(y - cy) <= r * 0.85,
  triangle: (cx, cy, r) => (x, y) => {
    // Upright isosceles triangle: apex at the top, base at the bottom.
    const top = cy - r;
    const bottom = cy + r * 0.8;
    if (y < top || y > bottom) return false;
    const half = ((y - top) / (bottom - top)) * r;
    return Math.abs(x - cx) <= half;
  },
  ellipse: (cx, cy, rx, ry, angle = 0) => (x, y) => {
    const dx = x - cx;
    const dy = y - cy;
    const u = dx * Math.cos(angle) + dy * Math.sin(angle);
    const v = -dx * Math.sin(angle) + dy * Math.cos(angle);
    return (u / rx) ** 2 + (v / ry) ** 2 <= 1;
  },
};

/** The bounding box [x, y, w, h] of the pixels a shape covers, in whole pixels. */
export function boundingBox(inside, width, height) {
  let x0 = width, y0 = height, x1 = -1, y1 = -1;
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) {
    if (!inside(x + 0.5, y + 0.5)) continue;
    x0 = Math.min(x0, x); y0 = Math.min(y0, y); x1 = Math.max(x1, x); y1 = Math.max(y1, y);
  }
  return [x0, y0, x1 - x0 + 1, y1 - y0 + 1];
}

/** A seeded generator (mulberry32): same seed, same bytes. */
export function random(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    between: (lo, hi) => lo + (hi - lo) * next(),
    int: (lo, hi) => Math.floor(lo + (hi - lo + 1) * next()),
    pick: (items) => items[Math.floor(next() * items.length)],
    normal: () => Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next()),
  };
}
