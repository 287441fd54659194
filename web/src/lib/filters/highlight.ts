import type { MatchClause } from './clauses';

/** A piece of text, marked when it is part of a match. */
export interface Piece {
  text: string;
  match: boolean;
}

/** What highlighting reads of a text-search clause. */
export type SearchPattern = Pick<MatchClause, 'pattern' | 'regex' | 'caseSensitive' | 'wholeWord' | 'negated'>;

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Splits text into plain and matching pieces for a text search, so instance cards show why they
 * were selected. The server matches with RE2; JavaScript's RegExp reads the common subset the
 * same way, and a pattern it cannot read simply highlights nothing.
 */
export function highlight(text: string, clause: SearchPattern | null | undefined, limit = 50): Piece[] {
  if (!clause || !clause.pattern || clause.negated) return [{ text, match: false }];
  let re: RegExp;
  try {
    const source = clause.regex ? clause.pattern : escapeRegExp(clause.pattern);
    re = new RegExp(clause.wholeWord ? `\\b(?:${source})\\b` : source, clause.caseSensitive ? 'gu' : 'giu');
  } catch {
    return [{ text, match: false }];
  }
  const pieces: Piece[] = [];
  let last = 0;
  for (const m of text.matchAll(re)) {
    if (pieces.length >= limit * 2) break;
    if (m[0].length === 0) continue;
    if (m.index > last) pieces.push({ text: text.slice(last, m.index), match: false });
    pieces.push({ text: m[0], match: true });
    last = m.index + m[0].length;
  }
  if (last < text.length) pieces.push({ text: text.slice(last), match: false });
  return pieces;
}

/** Where the first match starts in the text the pieces came from; -1 when nothing matched. */
export function firstMatch(pieces: Piece[]): number {
  let at = 0;
  for (const p of pieces) {
    if (p.match) return at;
    at += p.text.length;
  }
  return -1;
}
