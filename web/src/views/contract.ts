// The instance-view contract: what a view module exports and what Zeno hands it. Built-in views and custom views
// (`view = "path/to/view.js"` in zeno.toml) implement the same contract; README.md in this folder documents it.

/** Where an instance file lives: data_path, label_path, or the folder model functions write into. */
export type FileRoot = 'data' | 'label' | 'output';

/** One instance (a row of the selection) as a view sees it. */
export interface ViewInstance {
  /** The instance's id (the id column's value, as text). */
  readonly id: string;
  /** Every column of the row, by name: data, label, output, metadata, distills, per-model columns. */
  readonly columns: Readonly<Record<string, unknown>>;
  /** The raw instance: the data column's value (a text, or a file path under data_path); null without one. */
  readonly data: unknown;
  /** The ground truth; undefined when the project has no label column. */
  readonly label: unknown;
  /** The selected model's output; undefined when the project has no model, null where it gave none. */
  readonly output: unknown;
}

/** A text search on the data column: views that show the text mark its matches. */
export interface ViewSearch {
  readonly pattern: string;
  readonly regex: boolean;
  readonly caseSensitive: boolean;
  readonly wholeWord: boolean;
  readonly negated: boolean;
}

/** The value of a view option: a switch or one of a few choices. */
export type OptionValue = boolean | string;

/** Everything a view may use besides the instance. A fresh context comes with every update. */
export interface ViewContext {
  /** The URL of an instance file, e.g. fileUrl('data', 'images/cat.png') → /api/files/data/images/cat.png. */
  fileUrl(root: FileRoot, path: string): string;
  /**
   * Reads an instance file through the page's request coordinator (shared with other requests, cancelled when
   * the view goes away). Rejects with an Error whose message names the file.
   */
  load(root: FileRoot, path: string, as: 'text'): Promise<string>;
  load(root: FileRoot, path: string, as: 'json'): Promise<unknown>;
  load(root: FileRoot, path: string, as: 'bytes'): Promise<ArrayBuffer>;
  /** The model whose output the instance carries, and the transform (null: the original instances). */
  readonly model: string | null;
  readonly transform: string | null;
  /** The project's column roles. */
  readonly columns: { readonly id: string; readonly data: string | null; readonly label: string | null; readonly output: string | null };
  /** The current values of the view's options (see ViewModule.options), by key. */
  readonly options: Readonly<Record<string, OptionValue>>;
  /** The text search on the data column, if there is one. */
  readonly search: ViewSearch | null;
  /** Aborted when this render is replaced or the card goes away: pass it on, stop drawing when it fires. */
  readonly signal: AbortSignal;
  /** Small helpers so a custom view needs no dependency. */
  readonly helpers: ViewHelpers;
}

export interface ViewHelpers {
  /** Text made safe to put inside HTML. */
  escapeHtml(text: string): string;
  /** A small, safe subset of markdown as HTML (bold, italics, code, links, lists); raw HTML stays text. */
  markdown(text: string): string;
  /** A number or value as the rest of the UI prints it ("–" for missing). */
  format(value: unknown): string;
}

/** What render may return: nothing, a clean-up function, or a handle that can also take updates in place. */
export type RenderResult = void | (() => void) | ViewHandle;

export interface ViewHandle {
  /** Shows another state of the same instance (new options, model or search) without starting over. */
  update?(instance: ViewInstance, context: ViewContext): void;
  /** Releases what render created (listeners, timers, audio). Zeno empties the element afterwards. */
  destroy?(): void;
}

/** An option the view offers, shown once above the cards; its value reaches every card as context.options[key]. */
export type ViewOption =
  | { readonly key: string; readonly label: string; readonly type: 'boolean'; readonly default: boolean }
  | { readonly key: string; readonly label: string; readonly type: 'choice'; readonly choices: readonly string[]; readonly default: string };

/** A view module's default export. */
export interface ViewModule {
  /** Renders one instance into the (empty) element of its card. */
  render(element: HTMLElement, instance: ViewInstance, context: ViewContext): RenderResult;
  /** The options widget: switches and choices offered above the cards. */
  readonly options?: readonly ViewOption[];
  /**
   * False when label and output cannot be compared for equality (masks, box lists): the card then marks an
   * instance right or wrong only through a boolean `correct` column. Default true.
   */
  readonly comparable?: boolean;
  /** True when the view shows label and output itself, so the card leaves out its label and output pills. */
  readonly showsLabelAndOutput?: boolean;
}
