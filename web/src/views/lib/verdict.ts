import type { ViewInstance } from '../contract';

export type Verdict = 'right' | 'wrong' | null;

/**
 * Whether a card marks its instance right or wrong. A boolean `correct` column (a per-model distill) decides when
 * there is one; otherwise the output must equal the label, unless the view says they cannot be compared (masks,
 * boxes). Null: nothing to say (no label, no output yet, or not comparable).
 */
export function verdict(instance: ViewInstance, comparable: boolean): Verdict {
  const correct = instance.columns['correct'];
  if (typeof correct === 'boolean') return correct ? 'right' : 'wrong';
  if (!comparable || instance.label === undefined || instance.output === undefined || instance.output === null) return null;
  return instance.label === instance.output ? 'right' : 'wrong';
}
