import { componentView } from '../lib/component-view.svelte';
import SeriesView from './SeriesView.svelte';

/** time-series: the series file as a line chart; label and output in the card's pills. */
export default componentView(SeriesView);
