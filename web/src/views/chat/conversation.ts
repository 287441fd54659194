/** One message of a conversation. */
export interface Message {
  role: string;
  content: string;
}

/**
 * Reads a conversation: `{ "messages": [...] }` or a bare array of `{ role, content }`, where content is a text or
 * a list of parts (`{ type: "text", text }`, as chat APIs write it; other parts are named in brackets).
 */
export function parseConversation(value: unknown): Message[] {
  let data = value;
  if (typeof data === 'string') data = JSON.parse(data);
  if (data && typeof data === 'object' && !Array.isArray(data)) data = (data as { messages?: unknown }).messages;
  if (!Array.isArray(data)) throw new Error('expected {"messages": [...]} or an array of messages');
  return data.map((entry, i) => {
    if (!entry || typeof entry !== 'object') throw new Error(`message ${i + 1} is not an object`);
    const { role, content } = entry as { role?: unknown; content?: unknown };
    return { role: typeof role === 'string' ? role : 'unknown', content: text(content) };
  });
}

function text(content: unknown): string {
  if (typeof content === 'string') return content;
  if (Array.isArray(content))
    return content
      .map((part: { type?: unknown; text?: unknown }) => (typeof part?.text === 'string' ? part.text : `[${String(part?.type ?? 'part')}]`))
      .join('\n');
  return content === undefined || content === null ? '' : JSON.stringify(content);
}
