import type { ViewModule } from './contract';
import textView from './text-classification/index';

/** Where the server serves a project's custom view (`view = "path/to/view.js"` in zeno.toml). */
export const CUSTOM_VIEW_URL = '/api/views/custom.js';

// The text view is bundled with the page (the demo's view, and the fallback for "table"); the others load on
// first use, each in its own chunk.
const lazy: Record<string, () => Promise<{ default: unknown }>> = {
  'image-classification': () => import('./image-classification/index'),
  'image-segmentation': () => import('./image-segmentation/index'),
  'object-detection': () => import('./object-detection/index'),
  'audio-transcription': () => import('./audio-transcription/index'),
  'time-series': () => import('./time-series/index'),
  chat: () => import('./chat/index'),
  'code-generation': () => import('./code-generation/index'),
};

/** The module of a built-in view by name, or the project's custom view for any other name (a path to a .js file). */
export async function loadView(name: string): Promise<ViewModule> {
  if (name === 'table' || name === 'text-classification') return textView;
  const builtIn = lazy[name];
  if (builtIn) return checked((await builtIn()).default, name);
  let module: { default?: unknown };
  try {
    module = (await import(/* @vite-ignore */ CUSTOM_VIEW_URL)) as { default?: unknown };
  } catch (error) {
    throw new Error(`The custom view ${name} could not be loaded: ${(error as Error).message}`);
  }
  return checked(module.default, name);
}

function checked(candidate: unknown, name: string): ViewModule {
  if (typeof candidate !== 'object' || candidate === null || typeof (candidate as ViewModule).render !== 'function')
    throw new Error(`The view ${name} has no default export with a render(element, instance, context) function.`);
  return candidate as ViewModule;
}
