import { describe, expect, it } from 'vitest';
import { markdown } from './markdown';
import { escapeHtml } from './escape';

describe('markdown', () => {
  it('shows raw HTML as text', () => {
    const html = markdown('Is cash ok? <img src=x onerror="alert(1)"> <script>alert(2)</script>');
    expect(html).toBe('<p>Is cash ok? &lt;img src=x onerror=&quot;alert(1)&quot;&gt; &lt;script&gt;alert(2)&lt;/script&gt;</p>');
    expect(html).not.toMatch(/<img|<script/);
  });

  it('renders bold, italics, code and safe links', () => {
    expect(markdown('**Mon–Sat**, *30 days*, `order number`, [booking](https://example.com/a?b=1&c=2)')).toBe(
      '<p><strong>Mon–Sat</strong>, <em>30 days</em>, <code>order number</code>, ' +
        '<a href="https://example.com/a?b=1&amp;c=2" target="_blank" rel="noopener noreferrer">booking</a></p>',
    );
  });

  it('keeps a link with another scheme as text', () => {
    expect(markdown('[click](javascript:alert(1))')).not.toContain('<a');
    expect(markdown('[x](data:text/html,hi)')).toBe('<p>x (data:text/html,hi)</p>');
  });

  it('does not let markup inside code or attributes escape', () => {
    expect(markdown('`<b>`')).toBe('<p><code>&lt;b&gt;</code></p>');
    expect(markdown('[a](https://x.org/"onmouseover="alert(1))')).not.toMatch(/href="[^"]*"onmouseover/);
  });

  it('makes lists, paragraphs, line breaks, headings and fenced code', () => {
    expect(markdown('Open:\n\n- Mon\n- Tue\n\n1. bring it\n2. *refund*')).toBe(
      '<p>Open:</p><ul><li>Mon</li><li>Tue</li></ul><ol><li>bring it</li><li><em>refund</em></li></ol>',
    );
    expect(markdown('one\ntwo')).toBe('<p>one<br>two</p>');
    expect(markdown('# Title')).toBe('<p class="md-heading"><strong>Title</strong></p>');
    expect(markdown('```\nif a < b:\n    pass\n```')).toBe('<pre><code>if a &lt; b:\n    pass</code></pre>');
  });
});

describe('escapeHtml', () => {
  it('escapes the five characters that matter in content and attributes', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });
});
