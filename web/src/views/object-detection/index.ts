import { componentView } from '../lib/component-view.svelte';
import DetectionView from './DetectionView.svelte';

/** object-detection: the image with label and model boxes on a canvas, each set switchable. */
export default componentView(DetectionView, {
  options: [
    { key: 'label', label: 'label boxes', type: 'boolean', default: true },
    { key: 'output', label: 'model boxes', type: 'boolean', default: true },
    { key: 'score', label: 'score ≥', type: 'choice', choices: ['0', '0.25', '0.5', '0.75'], default: '0' },
  ],
  comparable: false,
  showsLabelAndOutput: true,
});
