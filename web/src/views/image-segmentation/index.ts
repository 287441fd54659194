import { componentView } from '../lib/component-view.svelte';
import SegmentationView from './SegmentationView.svelte';

/** image-segmentation: the image with the label and model masks as switchable overlays. */
export default componentView(SegmentationView, {
  options: [
    { key: 'label', label: 'label mask', type: 'boolean', default: true },
    { key: 'output', label: 'model mask', type: 'boolean', default: true },
  ],
  comparable: false,
  showsLabelAndOutput: true,
});
