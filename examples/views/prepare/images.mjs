// Generated images for the image-classification, image-segmentation and object-detection view examples:
// coloured shapes on plain, noisy or graded backgrounds, some of them dark, with labels, masks and boxes.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Raster, shapes, boundingBox, random } from './png.mjs';

const classes = ['circle', 'square', 'triangle'];
const palette = [[220, 60, 50], [40, 120, 220], [240, 180, 30], [60, 170, 90], [170, 70, 200]];

function background(r, raster, kind, base, light) {
  for (let y = 0; y < raster.height; y++) for (let x = 0; x < raster.width; x++) {
    const grade = kind === 'gradient' ? (x / raster.width) * 110 - 55 : 0;
    const noise = kind === 'noisy' ? r.normal() * 28 : r.normal() * 4;
    raster.set(x, y, base.map((c) => (c + grade + noise) * light));
  }
}

function paint(r, raster, inside, color, light, noisy) {
  raster.fill(inside, color.map((c) => (c + r.normal() * (noisy ? 28 : 4)) * light));
}

function csv(rows) {
  const head = Object.keys(rows[0]);
  return [head.join(','), ...rows.map((row) => head.map((k) => row[k]).join(','))].join('\n') + '\n';
}

export function classification(out) {
  const r = random(4001);
  mkdirSync(join(out, 'images'), { recursive: true });
  const rows = [];
  for (let i = 0; i < 36; i++) {
    const id = `shape-${String(i + 1).padStart(3, '0')}`;
    const label = classes[i % 3];
    const kind = ['plain', 'plain', 'noisy', 'gradient'][r.int(0, 3)];
    const lighting = r.next() < 0.25 ? 'dark' : 'normal';
    const light = lighting === 'dark' ? r.between(0.25, 0.4) : 1;
    const raster = new Raster(64, 64);
    const base = [r.int(150, 200), r.int(150, 200), r.int(150, 200)];
    background(r, raster, kind, base, light);
    const radius = r.between(11, 22);
    const cx = r.between(radius + 2, 62 - radius);
    const cy = r.between(radius + 2, 62 - radius);
    paint(r, raster, shapes[label](cx, cy, radius), r.pick(palette), light, kind === 'noisy');
    writeFileSync(join(out, 'images', `${id}.png`), raster.png());
    rows.push({ id, image: `images/${id}.png`, label, background: kind, lighting, size: Math.round(radius * 2) });
  }
  writeFileSync(join(out, 'shapes.csv'), csv(rows));
  return rows.length;
}

export function segmentation(out) {
  const r = random(4002);
  mkdirSync(join(out, 'images'), { recursive: true });
  mkdirSync(join(out, 'masks'), { recursive: true });
  const rows = [];
  for (let i = 0; i < 32; i++) {
    const id = `cell-${String(i + 1).padStart(3, '0')}`;
    const kind = ['plain', 'noisy', 'gradient', 'plain'][i % 4];
    const contrast = r.next() < 0.3 ? 'low' : 'high';
    const raster = new Raster(64, 64);
    const level = r.int(40, 80);
    background(r, raster, kind, [level, level + 10, level + 20], 1);
    const blobs = r.int(1, 2);
    const insides = [];
    for (let b = 0; b < blobs; b++) {
      const rx = r.between(7, 16);
      const ry = r.between(5, 12);
      insides.push(shapes.ellipse(r.between(16, 48), r.between(16, 48), rx, ry, r.between(0, Math.PI)));
    }
    const inside = (x, y) => insides.some((f) => f(x, y));
    const lift = contrast === 'low' ? r.between(35, 60) : r.between(110, 160);
    paint(r, raster, inside, [level + lift, level + lift * 0.8, level + 20 + lift * 0.5], 1, kind === 'noisy');
    const mask = new Raster(64, 64, 1);
    mask.fill(inside, [255]);
    writeFileSync(join(out, 'images', `${id}.png`), raster.png());
    writeFileSync(join(out, 'masks', `${id}.png`), mask.png());
    rows.push({ id, image: `images/${id}.png`, mask: `masks/${id}.png`, background: kind, contrast, blobs });
  }
  writeFileSync(join(out, 'cells.csv'), csv(rows));
  return rows.length;
}

export function detection(out) {
  const r = random(4003);
  mkdirSync(join(out, 'images'), { recursive: true });
  mkdirSync(join(out, 'boxes'), { recursive: true });
  const rows = [];
  for (let i = 0; i < 30; i++) {
    const id = `scene-${String(i + 1).padStart(3, '0')}`;
    const kind = ['plain', 'noisy', 'plain', 'gradient', 'plain'][i % 5];
    const crowded = i % 6 === 5;
    const raster = new Raster(128, 128);
    const base = [r.int(175, 215), r.int(175, 215), r.int(175, 215)];
    background(r, raster, kind, base, 1);
    const count = crowded ? 3 : r.int(1, 3);
    const objects = [];
    for (let attempt = 0; objects.length < count && attempt < 200; attempt++) {
      const label = r.pick(classes);
      const radius = r.between(11, 22);
      const cx = r.between(radius + 2, 126 - radius);
      const cy = r.between(radius + 2, 126 - radius);
      // Keep shapes apart, except in crowded scenes, where they may touch.
      const gap = crowded ? 0.7 : 1.35;
      if (objects.some((o) => Math.hypot(o.cx - cx, o.cy - cy) < (o.radius + radius) * gap)) continue;
      objects.push({ label, radius, cx, cy });
    }
    const boxes = objects.map((o) => {
      const inside = shapes[o.label](o.cx, o.cy, o.radius);
      paint(r, raster, inside, r.pick(palette), 1, kind === 'noisy');
      return { label: o.label, box: boundingBox(inside, 128, 128) };
    });
    writeFileSync(join(out, 'images', `${id}.png`), raster.png());
    writeFileSync(join(out, 'boxes', `${id}.json`), JSON.stringify(boxes) + '\n');
    rows.push({ id, image: `images/${id}.png`, boxes: `boxes/${id}.json`, background: kind, objects: boxes.length, crowded });
  }
  writeFileSync(join(out, 'scenes.csv'), csv(rows));
  return rows.length;
}
