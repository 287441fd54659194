// Behavioral test expectations as a person types them (operator plus "70%" or "0.7") and as the server stores them
// (canonical text such as ">= 0.7", see Zeno.Core's Expectation). The server parses and evaluates; this only checks
// the input early, with a message in plain words, and shows stored expectations in the metric's own format.

export type Operator = '>' | '>=' | '<' | '<=' | 'between';

export const operators: { op: Operator; label: string }[] = [
  { op: '>=', label: '≥ at least' },
  { op: '>', label: '> above' },
  { op: '<=', label: '≤ at most' },
  { op: '<', label: '< below' },
  { op: 'between', label: 'between' },
];

/** An expectation being edited: the operator and the bounds as typed. */
export interface ExpectationInput {
  op: Operator;
  low: string;
  /** Only for `between`. */
  high: string;
}

// The server's number grammar: [+-] digits [. digits] or [+-] . digits, optionally followed by %.
const NUMBER = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+))\s*(%?)$/;

/** The value of a typed bound ("70%" → 0.7, "0.7" → 0.7), or null when it is not a number. */
export function parseBound(text: string): number | null {
  const match = NUMBER.exec(text.trim());
  if (!match) return null;
  const value = Number(match[1]);
  return match[2] ? value / 100 : value;
}

/** A typed bound in the server's grammar: spaces dropped ("70 %" → "70%"). */
function boundText(text: string): string {
  return text.trim().replace(/\s+/g, '');
}

export type Checked = { text: string; error?: undefined } | { text?: undefined; error: string };

/**
 * The expectation text to send, or why the input is not one. For a metric read as a percentage (`percent`),
 * a bare bound above 1 is refused: "90" would mean 9000%, so the message suggests "90%".
 */
export function expectationText(input: ExpectationInput, percent: boolean): Checked {
  const bounds = input.op === 'between' ? [input.low, input.high] : [input.low];
  const values: number[] = [];
  for (const bound of bounds) {
    if (!bound.trim()) return { error: input.op === 'between' ? 'Give both bounds.' : 'Give a value.' };
    const value = parseBound(bound);
    if (value === null) return { error: `“${bound.trim()}” is not a number; write e.g. 70% or 0.7.` };
    if (percent && !bound.includes('%') && Math.abs(value) > 1)
      return { error: `This metric is a fraction between 0 and 1: write ${boundText(bound)}% or ${(value / 100).toString()}.` };
    values.push(value);
  }
  if (input.op === 'between') {
    if (values[0]! > values[1]!) return { error: 'The lower bound is above the upper bound.' };
    return { text: `between ${boundText(input.low)} and ${boundText(input.high)}` };
  }
  return { text: `${input.op} ${boundText(input.low)}` };
}

export interface ParsedExpectation {
  op: Operator;
  low: number;
  high: number | null;
}

/** Reads the server's canonical text (">= 0.9", "between 0.6 and 0.8"); null for anything else. */
export function parseExpectation(text: string): ParsedExpectation | null {
  const t = text.trim();
  const between = /^between\s+(\S+)\s+and\s+(\S+)$/i.exec(t);
  if (between) {
    const low = parseBound(between[1]!);
    const high = parseBound(between[2]!);
    return low === null || high === null ? null : { op: 'between', low, high };
  }
  const simple = /^(>=|<=|>|<)\s*(\S+)$/.exec(t);
  if (!simple) return null;
  const low = parseBound(simple[2]!);
  return low === null ? null : { op: simple[1] as Operator, low, high: null };
}

/** A bound as the metric reads: 0.9 → "90%" for a percentage, otherwise the number as stored. */
export function formatBound(value: number, percent: boolean): string {
  if (!percent) return String(+value.toPrecision(12));
  return `${+(value * 100).toPrecision(12)}%`;
}

const SYMBOLS: Record<Exclude<Operator, 'between'>, string> = { '>': '>', '>=': '≥', '<': '<', '<=': '≤' };

/** A stored expectation for people: ">= 0.9" → "≥ 90%" for a percentage metric. Unreadable text is shown as is. */
export function formatExpectation(text: string, percent: boolean): string {
  const parsed = parseExpectation(text);
  if (!parsed) return text;
  if (parsed.op === 'between') return `between ${formatBound(parsed.low, percent)} and ${formatBound(parsed.high!, percent)}`;
  return `${SYMBOLS[parsed.op]} ${formatBound(parsed.low, percent)}`;
}

/** The editor's starting input for a stored expectation (bounds as the metric reads), or a blank one. */
export function inputFor(text: string | null, percent: boolean): ExpectationInput {
  const parsed = text ? parseExpectation(text) : null;
  if (!parsed) return { op: '>=', low: '', high: '' };
  return { op: parsed.op, low: formatBound(parsed.low, percent), high: parsed.high === null ? '' : formatBound(parsed.high, percent) };
}
