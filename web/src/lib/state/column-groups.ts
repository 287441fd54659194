import type { ColumnSettings, Settings } from '../api/types';

export interface ColumnGroup {
  title: string;
  columns: ColumnSettings[];
}

/**
 * The metadata panel's sections: the data's own columns, the distilled ones, and what the
 * selected model produced. The id column is left out: one bar per instance says nothing.
 */
export function columnGroups(settings: Settings, model: string | null): ColumnGroup[] {
  const shown = settings.columns.filter((c) => c.name !== settings.idColumn);
  const isModel = (c: ColumnSettings) => c.origin === 'output' || c.origin === 'modelColumn';
  const groups: ColumnGroup[] = [
    { title: 'Metadata', columns: shown.filter((c) => !isModel(c) && c.origin !== 'distill') },
    { title: 'Distilled', columns: shown.filter((c) => c.origin === 'distill') },
    { title: model ? `Model outputs · ${model}` : 'Model outputs', columns: shown.filter(isModel) },
  ];
  return groups.filter((g) => g.columns.length > 0);
}

/** The columns that get a histogram (text columns get a search box instead). */
export function chartedColumns(settings: Settings): string[] {
  return settings.columns.filter((c) => c.name !== settings.idColumn && c.type !== 'text').map((c) => c.name);
}
