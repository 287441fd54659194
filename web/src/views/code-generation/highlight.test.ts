import { describe, expect, it } from 'vitest';
import { guessLanguage, highlightCode, tokenize, type Language } from './highlight';

const types = (code: string, language: Language) => tokenize(code, language).filter((t) => t.type !== 'plain').map((t) => `${t.type}:${t.text}`);

describe('tokenize', () => {
  it('finds the common tokens of Python', () => {
    expect(types('def f(n):  # count\n    return n * 2.5 + len("a#b")', 'python')).toEqual([
      'keyword:def', 'function:f', 'comment:# count', 'keyword:return', 'number:2.5', 'function:len', 'string:"a#b"',
    ]);
    expect(types('x = """doc\nstring"""; None', 'python')).toEqual(['string:"""doc\nstring"""', 'literal:None']);
  });

  it('finds the common tokens of JavaScript and the C family', () => {
    expect(types('const s = `a ${b}`; // done\nreturn null;', 'javascript')).toEqual(['keyword:const', 'string:`a ${b}`', 'comment:// done', 'keyword:return', 'literal:null']);
    expect(types('int main() { /* hi */ return 0x1F; }', 'c')).toEqual(['keyword:int', 'function:main', 'comment:/* hi */', 'keyword:return', 'number:0x1F']);
  });

  it('loses nothing: the tokens join back into the code', () => {
    const code = 'def f(a, b):\n\t"""x"""\n\treturn a<b and "<\\"q\\">" # é ✓\n';
    expect(tokenize(code, 'python').map((t) => t.text).join('')).toBe(code);
    expect(tokenize("unterminated 'string\nnext", 'python').map((t) => t.text).join('')).toBe("unterminated 'string\nnext");
  });
});

describe('highlightCode', () => {
  it('escapes every token, so code never becomes markup', () => {
    const html = highlightCode('s = "<script>alert(1)</script>"  # <b>&</b>\nif a < b: pass', 'python');
    expect(html).not.toMatch(/<script|<b>/);
    expect(html).toContain('<span class="tok-string">&quot;&lt;script&gt;alert(1)&lt;/script&gt;&quot;</span>');
    expect(html).toContain('<span class="tok-comment"># &lt;b&gt;&amp;&lt;/b&gt;</span>');
    expect(html).toContain('a &lt; b');
  });
});

describe('guessLanguage', () => {
  it('uses the name when there is one, else the code', () => {
    expect(guessLanguage('', 'Python')).toBe('python');
    expect(guessLanguage('', 'ts')).toBe('javascript');
    expect(guessLanguage('', 'csharp')).toBe('c');
    expect(guessLanguage('def f(x):\n    return x\n')).toBe('python');
    expect(guessLanguage('const f = (x) => x;')).toBe('javascript');
    expect(guessLanguage('int f(int x) {\n  return x;\n}')).toBe('c');
  });
});
