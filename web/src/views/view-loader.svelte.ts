import type { ViewModule } from './contract';
import { loadView } from './registry';

/** The project's view module, loaded once per name: `module` once ready, `error` if it could not load. */
export class LoadedView {
  module = $state.raw<ViewModule | undefined>(undefined);
  error = $state.raw<Error | undefined>(undefined);
}

/** Loads the view named by `name()` whenever that name changes. Call during component initialisation. */
export function useView(name: () => string): LoadedView {
  const view = new LoadedView();
  $effect(() => {
    const wanted = name();
    let current = true;
    view.error = undefined;
    loadView(wanted).then(
      (module) => current && (view.module = module),
      (error: unknown) => current && (view.error = error instanceof Error ? error : new Error(String(error))),
    );
    return () => (current = false);
  });
  return view;
}
