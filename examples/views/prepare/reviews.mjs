// Short product reviews with their star rating, for the custom-view example (a view written outside Zeno).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const reviews = [
  [5, 'Excellent lamp, bright and easy to mount. Love it!'],
  [5, 'Perfect fit, great quality, fast delivery.'],
  [4, 'Good saddle, comfortable after a week of riding.'],
  [4, 'Nice bottle cage, a bit loose on bumpy roads.'],
  [3, 'It works, nothing special.'],
  [3, 'Okay pump but the gauge is hard to read.'],
  [2, 'The bell broke after two weeks, disappointing.'],
  [2, 'Gloves are too small and the stitching is poor.'],
  [1, 'Terrible lock, it rusted in a month. Avoid.'],
  [1, 'Broken on arrival and support never answered.'],
  [5, 'Best helmet I have owned, light and well ventilated.'],
  [4, 'Great value, though the instructions were confusing.'],
  [2, 'Not great: the light flickers and the battery dies fast.'],
  [3, 'Does the job. Not bad, not good.'],
  [1, 'Worst purchase this year. Cheap plastic that cracked.'],
  [5, 'Amazing tyres, no flats in 2000 km!'],
  [4, 'Solid rack, easy install, slightly heavy.'],
  [2, 'I expected better: the bag leaks in the rain.'],
  [3, 'Fine for the price but I would not buy it again... or maybe I would.'],
  [1, 'Not good at all, and not worth the money.'],
];

export function reviewTable(out) {
  const rows = reviews.map(([stars, text], i) => JSON.stringify({ id: `review-${String(i + 1).padStart(2, '0')}`, text, label: stars, length: text.length }));
  writeFileSync(join(out, 'reviews.jsonl'), rows.join('\n') + '\n');
  return rows.length;
}
