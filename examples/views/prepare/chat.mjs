// Support conversations of a (fictional) bicycle shop for the chat view example. Each conversation ends with a
// customer message; the label is the approved answer a person picked for it (markdown); the bot must pick one too.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const system = 'You are the support assistant of Spoke & Chain, a bicycle shop. Answer with one of the shop\'s approved answers.';

/** The shop's approved answers (markdown), by intent. The bot reads this file from its data folder. */
export const answers = {
  hours: 'We are open **Monday to Saturday, 9:00–18:00**.\n\n- Sundays and public holidays: closed\n- Late repairs pick-up on Thursdays until 20:00',
  returns: 'You can return anything within *30 days* of purchase.\n\n1. Bring the item and your receipt\n2. Tell us your `order number`\n3. We refund to the original payment method',
  repair: 'Book a repair slot online at [our booking page](https://example.com/repairs) or call us. A standard service takes **two working days**.',
  tyres: 'For city bikes we recommend **3.5–4.5 bar** (50–65 psi); road bikes 6–8 bar. The exact range is printed on the tyre wall.',
  delivery: 'Orders placed before 14:00 ship the same day. Delivery takes *1–3 working days*; you get a tracking link by e-mail.',
  warranty: 'Frames carry a **5-year warranty**, components 2 years. Keep the receipt: we need it for any claim.',
  payment: 'We accept cards, bank transfer and cash in the shop. For bikes over 500 € you can pay in `3` instalments.',
  human: 'I could not find an approved answer for that. A person from the shop will reply by e-mail within one working day.',
};

// [intent, earlier turns (user, assistant, ...), last user message]
const conversations = [
  ['hours', [], 'What are your opening hours?'],
  ['hours', ['Hi!', 'Hello, how can I help?'], 'Are you open on Sunday?'],
  ['hours', [], 'when can i come by the shop tomorrow'],
  ['returns', [], 'How do I return a helmet that does not fit?'],
  ['returns', ['I bought gloves last week.', 'Thanks for your purchase! What can I do for you?'], 'They are too small, can I get my money back?'],
  ['returns', [], 'Can I send back the lights I ordered? Return policy?'],
  ['repair', [], 'My gears skip, can I book a repair?'],
  ['repair', [], 'How long does a service take? I need my bike fixed'],
  ['repair', ['My brakes squeal.', 'Sorry to hear that.'], 'Can someone look at it this week?'],
  ['tyres', [], 'What tyre pressure should I use for my city bike?'],
  ['tyres', [], 'How many bar in the tyres of a road bike?'],
  ['tyres', [], 'how hard should i pump my wheels'],
  ['delivery', [], 'When will my order arrive? Delivery time?'],
  ['delivery', ['I ordered a saddle this morning.', 'Great choice!'], 'Does it ship today?'],
  ['delivery', [], 'Where is my parcel? I have no tracking link'],
  ['warranty', [], 'Is there a warranty on the frame?'],
  ['warranty', [], 'My crank broke after a year. Is that covered?'],
  ['warranty', [], 'how long is the guarantee on a new bike'],
  ['payment', [], 'Can I pay by card?'],
  ['payment', [], 'Do you offer instalments for an e-bike?'],
  ['payment', [], 'Is cash ok in the shop? <img src=x onerror="alert(1)"> <script>alert(2)</script>'],
  ['human', [], 'Do you sponsor local cycling clubs?'],
  ['human', [], 'Can I rent a tandem for a wedding?'],
  ['human', ['Hello', 'Hi! How can I help?'], 'I want to **complain** about a rude employee'],
];

export function chats(out) {
  mkdirSync(join(out, 'chats'), { recursive: true });
  const rows = [];
  conversations.forEach(([intent, earlier, last], i) => {
    const id = `chat-${String(i + 1).padStart(3, '0')}`;
    const messages = [{ role: 'system', content: system }];
    earlier.forEach((content, k) => messages.push({ role: k % 2 === 0 ? 'user' : 'assistant', content }));
    messages.push({ role: 'user', content: last });
    writeFileSync(join(out, 'chats', `${id}.json`), JSON.stringify({ messages }, null, 2) + '\n');
    rows.push(JSON.stringify({ id, chat: `chats/${id}.json`, label: answers[intent], intent, turns: messages.length - 1 }));
  });
  writeFileSync(join(out, 'answers.json'), JSON.stringify(answers, null, 2) + '\n');
  writeFileSync(join(out, 'conversations.jsonl'), rows.join('\n') + '\n');
  return conversations.length;
}
