// Sorting the Analysis tables by any column: numbers by value, text alphabetically (numbers inside names in
// numeric order: "nb-400" before "nb-1600"); missing values always last, whichever the direction.

export type SortValue = number | string | null | undefined;

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

function compare(a: SortValue, b: SortValue): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return collator.compare(String(a), String(b));
}

const missing = (v: SortValue) => v === null || v === undefined || (typeof v === 'number' && Number.isNaN(v));

/** A sorted copy of `rows` by `key`; ties keep their order (so sorting by a second column refines the first). */
export function sortRows<T>(rows: readonly T[], key: (row: T) => SortValue, descending = false): T[] {
  return rows
    .map((row, index) => ({ row, index, value: key(row) }))
    .sort((a, b) => {
      const ma = missing(a.value);
      const mb = missing(b.value);
      if (ma || mb) return ma === mb ? a.index - b.index : ma ? 1 : -1;
      const order = compare(a.value, b.value);
      return order === 0 ? a.index - b.index : descending ? -order : order;
    })
    .map((entry) => entry.row);
}

export interface SortState {
  column: string | null;
  descending: boolean;
}

/** A header click: ascending, then descending, then back to the original order. */
export function nextSort(state: SortState, column: string): SortState {
  if (state.column !== column) return { column, descending: false };
  if (!state.descending) return { column, descending: true };
  return { column: null, descending: false };
}

/** The `aria-sort` of a column header. */
export function ariaSort(state: SortState, column: string): 'ascending' | 'descending' | 'none' {
  return state.column !== column ? 'none' : state.descending ? 'descending' : 'ascending';
}
