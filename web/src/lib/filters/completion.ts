// Word completion in a text search box: the last word typed is what a completion replaces. A word is
// a run of letters, digits and '_' — the server's definition (WordCompletions.LastWord), so the
// suggestion list and the replacement agree on where the word starts.

const wordChar = /[\p{L}\p{N}_]/u;

/** Where the last word of `typed` starts (its length when `typed` ends with a non-word character). */
export function lastWordStart(typed: string): number {
  const chars = [...typed];
  let start = chars.length;
  while (start > 0 && wordChar.test(chars[start - 1] ?? '')) start--;
  return chars.slice(0, start).join('').length;
}

/** The last word of `typed`, as typed. */
export function lastWord(typed: string): string {
  return typed.slice(lastWordStart(typed));
}

/** `typed` with its last word replaced by `word`. */
export function complete(typed: string, word: string): string {
  return typed.slice(0, lastWordStart(typed)) + word;
}

/** Whether completions are worth asking for: a plain search whose last word has two characters or more. */
export function wantsCompletion(typed: string, regex: boolean): boolean {
  return !regex && [...lastWord(typed)].length >= 2;
}
