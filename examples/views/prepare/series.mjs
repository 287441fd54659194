// Generated time series for the time-series view example: rising, falling, seasonal and flat series, some noisy.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { random } from './png.mjs';

export function series(out) {
  const r = random(4004);
  mkdirSync(join(out, 'series'), { recursive: true });
  const labels = ['rising', 'falling', 'seasonal', 'flat'];
  const rows = ['id,series,label,noise,points'];
  for (let i = 0; i < 32; i++) {
    const id = `sensor-${String(i + 1).padStart(3, '0')}`;
    const label = labels[i % 4];
    const noise = i % 8 < 5 ? 'low' : 'high';
    const sigma = noise === 'low' ? r.between(0.1, 0.25) : r.between(1.0, 1.8);
    const points = r.pick([72, 96, 120]);
    const period = r.between(12, 30);
    const phase = r.between(0, 2 * Math.PI);
    // Seasonal series drift a little and some flat ones wander, so a slope rule has borderline cases.
    const drift = label === 'seasonal' ? r.between(-0.012, 0.012) : label === 'flat' ? r.between(-0.006, 0.006) : 0;
    const slope = label === 'rising' ? r.between(0.015, 0.05) : label === 'falling' ? -r.between(0.015, 0.05) : drift;
    const level = r.between(5, 20);
    const lines = ['t,value'];
    for (let t = 0; t < points; t++) {
      const season = label === 'seasonal' ? r.between(0.9, 1.1) * 1.6 * Math.sin((2 * Math.PI * t) / period + phase) : 0;
      lines.push(`${t},${(level + slope * t + season + r.normal() * sigma).toFixed(3)}`);
    }
    writeFileSync(join(out, 'series', `${id}.csv`), lines.join('\n') + '\n');
    rows.push(`${id},series/${id}.csv,${label},${noise},${points}`);
  }
  writeFileSync(join(out, 'sensors.csv'), rows.join('\n') + '\n');
  return rows.length - 1;
}
