/** A word of a transcription, marked when the other text does not have it at that point. */
export interface Word {
  text: string;
  differs: boolean;
}

const split = (text: string) => text.split(/\s+/).filter((w) => w.length > 0);
const norm = (w: string) => w.toLowerCase().replace(/[^\p{L}\p{N}']/gu, '');

/**
 * Marks the words of `text` that are not part of a longest common subsequence with `other` (case and
 * punctuation ignored): the substitutions and insertions a word error rate counts.
 */
export function markWords(text: string, other: string): Word[] {
  const a = split(text);
  const b = split(other);
  // lcs[i][j]: the longest common subsequence of a[i..] and b[j..].
  const lcs = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      lcs[i]![j] = norm(a[i]!) === norm(b[j]!) ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const words: Word[] = [];
  for (let i = 0, j = 0; i < a.length; ) {
    if (j < b.length && norm(a[i]!) === norm(b[j]!)) {
      words.push({ text: a[i]!, differs: false });
      i++;
      j++;
    } else if (j >= b.length || lcs[i + 1]![j]! >= lcs[i]![j + 1]!) {
      words.push({ text: a[i]!, differs: true });
      i++;
    } else j++;
  }
  return words;
}
