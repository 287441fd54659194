import { componentView } from '../lib/component-view.svelte';
import AudioView from './AudioView.svelte';

/** audio-transcription: player, waveform and spectrogram of the recording; label and output transcriptions. */
export default componentView(AudioView, {
  options: [{ key: 'spectrogram', label: 'spectrogram', type: 'boolean', default: true }],
  showsLabelAndOutput: true,
});
