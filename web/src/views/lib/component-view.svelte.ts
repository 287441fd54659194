import { mount, unmount, type Component } from 'svelte';
import type { ViewContext, ViewInstance, ViewModule } from '../contract';

export interface ViewProps {
  instance: ViewInstance;
  context: ViewContext;
}

/**
 * A built-in view written as a Svelte component, wrapped in the same module contract a custom view implements:
 * render mounts the component; update changes its props in place (no re-mount, so an audio player keeps playing).
 */
export function componentView(component: Component<ViewProps>, meta: Omit<ViewModule, 'render'> = {}): ViewModule {
  return {
    ...meta,
    render(element, instance, context) {
      const props = $state({ instance, context });
      const mounted = mount(component, { target: element, props });
      return {
        update(next, nextContext) {
          props.instance = next;
          props.context = nextContext;
        },
        destroy() {
          void unmount(mounted);
        },
      };
    },
  };
}
