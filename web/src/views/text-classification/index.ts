import { componentView } from '../lib/component-view.svelte';
import TextView from './TextView.svelte';

/** text-classification: the instance's text with search matches marked; label and output in the card's pills. */
export default componentView(TextView);
