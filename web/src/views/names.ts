// The built-in view names, as zeno.toml writes them (the server checks `view` against the same list), and what the
// rest of the UI must know about a view before its module has loaded.

export const BUILT_IN_VIEWS = [
  'table',
  'text-classification',
  'image-classification',
  'image-segmentation',
  'object-detection',
  'audio-transcription',
  'time-series',
  'chat',
  'code-generation',
] as const;

export type BuiltInView = (typeof BUILT_IN_VIEWS)[number];

export function isBuiltInView(name: string): name is BuiltInView {
  return (BUILT_IN_VIEWS as readonly string[]).includes(name);
}

/** Views whose labels and outputs are files or structures that `output != label` cannot compare. */
const INCOMPARABLE: ReadonlySet<string> = new Set(['image-segmentation', 'object-detection']);

/** Whether `output == label` says if an instance is right, for this view. */
export function labelsComparable(view: string): boolean {
  return !INCOMPARABLE.has(view);
}
