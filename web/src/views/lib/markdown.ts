import { escapeHtml } from './escape';

// A deliberately small markdown: paragraphs, line breaks, `-`/`*`/`1.` lists, `#` headings, ``` fences, and inline
// **bold**, *italic*, `code` and [links](https://...). Everything is escaped first and only these few tags are
// added back, so raw HTML in a message always shows as text; links keep only http(s) and mailto targets.

const inline = /`([^`\n]+)`|\*\*([^*\n]+)\*\*|__([^_\n]+)__|\*([^*\s][^*\n]*)\*|_([^_\s][^_\n]*)_|\[([^\]\n]+)\]\(([^)\s]+)\)/g;
const safeLink = /^(https?:\/\/|mailto:)/i;

function renderInline(escaped: string): string {
  return escaped.replace(inline, (whole, code?: string, bold?: string, bold2?: string, em?: string, em2?: string, text?: string, href?: string) => {
    if (code !== undefined) return `<code>${code}</code>`;
    if (bold !== undefined || bold2 !== undefined) return `<strong>${bold ?? bold2}</strong>`;
    if (em !== undefined || em2 !== undefined) return `<em>${em ?? em2}</em>`;
    if (text !== undefined && href !== undefined)
      return safeLink.test(href) ? `<a href="${href}" target="_blank" rel="noopener noreferrer">${text}</a>` : `${text} (${href})`;
    return whole;
  });
}

const listItem = /^\s*(?:[-*+]|(\d+)[.)])\s+(.*)$/;

/** Safe HTML for a markdown text (see the comment above for what is supported). */
export function markdown(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const out: string[] = [];
  let paragraph: string[] = [];
  let list: { ordered: boolean; items: string[] } | null = null;
  const flush = () => {
    if (paragraph.length) out.push(`<p>${paragraph.map((l) => renderInline(escapeHtml(l))).join('<br>')}</p>`);
    paragraph = [];
    if (list) out.push(`<${list.ordered ? 'ol' : 'ul'}>${list.items.map((i) => `<li>${renderInline(escapeHtml(i))}</li>`).join('')}</${list.ordered ? 'ol' : 'ul'}>`);
    list = null;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (/^\s*```/.test(line)) {
      flush();
      const code: string[] = [];
      for (i++; i < lines.length && !/^\s*```/.test(lines[i]!); i++) code.push(lines[i]!);
      out.push(`<pre><code>${escapeHtml(code.join('\n'))}</code></pre>`);
      continue;
    }
    if (line.trim() === '') {
      flush();
      continue;
    }
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    if (heading) {
      flush();
      out.push(`<p class="md-heading"><strong>${renderInline(escapeHtml(heading[2]!))}</strong></p>`);
      continue;
    }
    const item = listItem.exec(line);
    if (item) {
      const ordered = item[1] !== undefined;
      if (paragraph.length || (list && list.ordered !== ordered)) flush();
      list ??= { ordered, items: [] };
      list.items.push(item[2]!);
      continue;
    }
    if (list) flush();
    paragraph.push(line);
  }
  flush();
  return out.join('');
}
