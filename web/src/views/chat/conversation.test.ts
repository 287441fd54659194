import { describe, expect, it } from 'vitest';
import { parseConversation } from './conversation';

describe('parseConversation', () => {
  it('reads the messages member, a bare array and JSON text', () => {
    const messages = [{ role: 'user', content: 'Hi' }, { role: 'assistant', content: 'Hello' }];
    expect(parseConversation({ messages })).toEqual(messages);
    expect(parseConversation(messages)).toEqual(messages);
    expect(parseConversation(JSON.stringify({ messages }))).toEqual(messages);
  });

  it('joins text parts and names the others', () => {
    expect(parseConversation([{ role: 'user', content: [{ type: 'text', text: 'Look:' }, { type: 'image_url' }] }])).toEqual([
      { role: 'user', content: 'Look:\n[image_url]' },
    ]);
  });

  it('says what is wrong with something else', () => {
    expect(() => parseConversation({ turns: [] })).toThrow(/messages/);
    expect(() => parseConversation([3])).toThrow(/message 1/);
  });
});
