import { escapeHtml } from '../lib/escape';

// Syntax highlighting for a few common token kinds, without a dependency: comments, strings, numbers, keywords,
// literals and called functions, for Python, JavaScript/TypeScript and the C family (C, C++, C#, Java, Go, Rust).

export type TokenType = 'comment' | 'string' | 'number' | 'keyword' | 'literal' | 'function' | 'plain';

export interface Token {
  type: TokenType;
  text: string;
}

export type Language = 'python' | 'javascript' | 'c';

const KEYWORDS: Record<Language, ReadonlySet<string>> = {
  python: new Set('and as assert async await break class continue def del elif else except finally for from global if import in is lambda nonlocal not or pass raise return try while with yield match case'.split(' ')),
  javascript: new Set('async await break case catch class const continue debugger default delete do else export extends finally for from function if import in instanceof let new of return static super switch this throw try typeof var void while with yield interface type enum implements private public readonly'.split(' ')),
  c: new Set('abstract auto bool break case catch char class const continue default delete do double else enum extern final float fn for func go if impl import int interface let long match mod mut namespace new package private protected public return short signed sizeof static string struct switch this throw try typedef union unsigned using var void volatile while pub use trait where async await'.split(' ')),
};

const LITERALS = new Set(['True', 'False', 'None', 'true', 'false', 'null', 'undefined', 'nil', 'NaN', 'self']);

const COMMENT: Record<Language, string> = { python: '#[^\\n]*', javascript: '//[^\\n]*|/\\*[\\s\\S]*?\\*/', c: '//[^\\n]*|/\\*[\\s\\S]*?\\*/' };
const STRING: Record<Language, string> = {
  python: `[rbfuRBFU]{0,2}(?:"""[\\s\\S]*?"""|'''[\\s\\S]*?'''|"(?:\\\\.|[^"\\\\\\n])*"|'(?:\\\\.|[^'\\\\\\n])*')`,
  javascript: '"(?:\\\\.|[^"\\\\\\n])*"|\'(?:\\\\.|[^\'\\\\\\n])*\'|`(?:\\\\.|[^`\\\\])*`',
  c: '@?"(?:\\\\.|[^"\\\\\\n])*"|\'(?:\\\\.|[^\'\\\\\\n]){1,2}\'',
};

const patterns = new Map<Language, RegExp>();
function pattern(language: Language): RegExp {
  let re = patterns.get(language);
  if (!re) {
    re = new RegExp(`(${COMMENT[language]})|(${STRING[language]})|(\\b(?:0[xX][0-9a-fA-F_]+|\\d[\\d_]*(?:\\.\\d+)?(?:[eE][+-]?\\d+)?)\\b)|([A-Za-z_$][\\w$]*)`, 'g');
    patterns.set(language, re);
  }
  return re;
}

/** The language a snippet is most likely written in, from a name (a `language` column) or from its look. */
export function guessLanguage(code: string, name?: unknown): Language {
  const n = typeof name === 'string' ? name.toLowerCase() : '';
  if (/^(py|python\d?)$/.test(n)) return 'python';
  if (/^(js|javascript|ts|typescript|jsx|tsx)$/.test(n)) return 'javascript';
  if (n) return 'c';
  if (/^\s*(def|class|import|from)\s.*$/m.test(code) && /:\s*$/m.test(code)) return 'python';
  if (/\b(function|const|let)\b|=>/.test(code)) return 'javascript';
  return /;\s*$|\{\s*$/m.test(code) ? 'c' : 'python';
}

/** Splits code into tokens; joined back together they are exactly the code. */
export function tokenize(code: string, language: Language): Token[] {
  const tokens: Token[] = [];
  const plain = (text: string) => {
    if (!text) return;
    const last = tokens.at(-1);
    if (last?.type === 'plain') last.text += text;
    else tokens.push({ type: 'plain', text });
  };
  let at = 0;
  for (const m of code.matchAll(pattern(language))) {
    plain(code.slice(at, m.index));
    const [text, comment, string, number, word] = m;
    let type: TokenType = 'plain';
    if (comment) type = 'comment';
    else if (string) type = 'string';
    else if (number) type = 'number';
    else if (word) {
      if (KEYWORDS[language].has(word)) type = 'keyword';
      else if (LITERALS.has(word)) type = 'literal';
      else if (/^\s*\(/.test(code.slice(m.index + text.length))) type = 'function';
    }
    if (type === 'plain') plain(text);
    else tokens.push({ type, text });
    at = m.index + text.length;
  }
  plain(code.slice(at));
  return tokens;
}

/** Highlighted code as HTML: every token escaped, wrapped in `<span class="tok-TYPE">` unless plain. */
export function highlightCode(code: string, language: Language): string {
  return tokenize(code, language)
    .map((t) => (t.type === 'plain' ? escapeHtml(t.text) : `<span class="tok-${t.type}">${escapeHtml(t.text)}</span>`))
    .join('');
}
