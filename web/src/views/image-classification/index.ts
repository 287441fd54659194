import { componentView } from '../lib/component-view.svelte';
import ImageView from './ImageView.svelte';

/** image-classification: the image from data_path; label and output in the card's pills. */
export default componentView(ImageView);
