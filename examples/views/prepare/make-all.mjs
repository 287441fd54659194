#!/usr/bin/env node
// Writes the data of every view example (examples/views/<view>/data). Deterministic: same script, same bytes.
// The generated files are committed; Zeno never runs this script. From the repository root:
//
//   node examples/views/prepare/make-all.mjs [--digits /work/shared/data/free-spoken-digits]
//
// Node 20 or later, no packages. --digits points at the Free Spoken Digit Dataset (its README and recordings/),
// which only the audio example needs; without it the audio data is left as it is.
import { mkdirSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { classification, segmentation, detection } from './images.mjs';
import { series } from './series.mjs';
import { chats } from './chat.mjs';
import { code } from './code.mjs';
import { reviewTable } from './reviews.mjs';
import { audio } from './audio.mjs';

const views = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const data = (name) => {
  const folder = join(views, name, 'data');
  mkdirSync(folder, { recursive: true });
  return folder;
};
const at = process.argv.indexOf('--digits');

const made = {
  'image-classification': classification(data('image-classification')),
  'image-segmentation': segmentation(data('image-segmentation')),
  'object-detection': detection(data('object-detection')),
  'time-series': series(data('time-series')),
  chat: chats(data('chat')),
  'code-generation': code(data('code-generation')),
  'custom-view': reviewTable(data('custom-view')),
};
if (at > 0) made['audio-transcription'] = audio(data('audio-transcription'), process.argv[at + 1]);
for (const [name, count] of Object.entries(made)) console.log(`${name}: ${count} instances`);
