// A subset of the Free Spoken Digit Dataset (CC BY-SA 4.0) for the audio-transcription view example: 30
// evaluation recordings (3 per digit, 6 speakers) and 40 training recordings (4 per digit, 4 of the speakers).
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const words = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const speakers = ['jackson', 'nicolas', 'theo', 'yweweler', 'george', 'lucas'];
const trainSpeakers = ['jackson', 'nicolas', 'theo', 'george'];

export function audio(out, source) {
  mkdirSync(join(out, 'audio'), { recursive: true });
  mkdirSync(join(out, 'train'), { recursive: true });
  const about = Object.fromEntries(readFileSync(join(source, 'speakers.csv'), 'utf8').trim().split('\n').slice(1)
    .map((line) => line.split(',')).map(([name, gender, accent]) => [name, { gender, accent }]));
  const rows = ['id,audio,label,speaker,gender,accent,seen_speaker'];
  for (let digit = 0; digit < 10; digit++) {
    for (let k = 0; k < 3; k++) {
      const speaker = speakers[(digit + k * 2) % speakers.length];
      const file = `${digit}_${speaker}_${5 + k}.wav`;
      copyFileSync(join(source, 'recordings', file), join(out, 'audio', file));
      const { gender, accent } = about[speaker];
      rows.push(`${file.replace('.wav', '')},audio/${file},${words[digit]},${speaker},${gender},${accent},${trainSpeakers.includes(speaker)}`);
    }
    for (const speaker of trainSpeakers) {
      const file = `${digit}_${speaker}_${30}.wav`;
      copyFileSync(join(source, 'recordings', file), join(out, 'train', file));
    }
  }
  writeFileSync(join(out, 'digits.csv'), rows.join('\n') + '\n');
  return rows.length - 1;
}
