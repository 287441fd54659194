import { componentView } from '../lib/component-view.svelte';
import CodeView from './CodeView.svelte';

/** code-generation: the task, the generated code highlighted, and the reference code when they differ. */
export default componentView(CodeView, {
  options: [{ key: 'reference', label: 'reference code', type: 'choice', choices: ['when wrong', 'always', 'never'], default: 'when wrong' }],
  showsLabelAndOutput: true,
});
