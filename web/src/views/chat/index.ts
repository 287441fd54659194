import { componentView } from '../lib/component-view.svelte';
import ChatView from './ChatView.svelte';

/** chat: the conversation as role-tagged bubbles, the model's reply last, the reference reply when it differs. */
export default componentView(ChatView, {
  options: [{ key: 'reference', label: 'reference reply', type: 'choice', choices: ['when wrong', 'always', 'never'], default: 'when wrong' }],
  showsLabelAndOutput: true,
});
