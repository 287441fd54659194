import type { Req, Topic } from './request';
import type {
  BrushIndex,
  BrushIndexRequest,
  Folder,
  HistogramsRequest,
  HistogramsResponse,
  MetricKey,
  MetricValue,
  ParsedFilter,
  PredicateNode,
  PipelineSnapshot,
  RowPage,
  RowsRequest,
  SearchRequest,
  Settings,
  Slice,
  SliceWrite,
  Tag,
  TagWrite,
  TextSearchResult,
  CompletionRequest,
  WordCompletion,
} from './types';

const get = <T>(path: string, topics: Topic[]): Req<T> => ({ method: 'GET', path, topics });

/** The URL of an instance file under one of the server's file roots; every path segment is escaped. */
export const fileUrl = (root: 'data' | 'label' | 'output', path: string) =>
  `/api/files/${root}/${path.replace(/^\/+/, '').split('/').map(encodeURIComponent).join('/')}`;
const post = <T>(path: string, body: unknown, topics: Topic[] = ['data']): Req<T> => ({ method: 'POST', path, body, topics });

/** Every endpoint the Exploration page uses, as request descriptions for the coordinator. */
export const api = {
  settings: () => get<Settings>('/api/settings', ['data']),
  progress: () => get<PipelineSnapshot>('/api/progress', ['data']),
  histograms: (body: HistogramsRequest) => post<HistogramsResponse>('/api/histograms', body),
  // Undefined (204) when the server's index cannot answer: then brushing asks for histograms as it goes.
  brushIndex: (body: BrushIndexRequest) => post<BrushIndex | undefined>('/api/histograms/brush-index', body),
  // Slice metrics depend on the slices' definitions as well as on the data.
  metrics: (keys: MetricKey[]) => post<MetricValue[]>('/api/metrics', { keys }, ['data', 'state']),
  rows: (body: RowsRequest) => post<RowPage>('/api/rows', body, ['data', 'state']),
  search: (body: SearchRequest) => post<TextSearchResult>('/api/search', body, ['data', 'state']),
  completions: (body: CompletionRequest) => post<WordCompletion[]>('/api/search/completions', body, ['data', 'state']),
  slices: () => get<Slice[]>('/api/slices', ['state']),
  folders: () => get<Folder[]>('/api/folders', ['state']),
  tags: () => get<Tag[]>('/api/tags', ['state']),
  // Instance files for the views. A model's output files change when it runs again, hence `data`.
  file: <T>(root: 'data' | 'label' | 'output', path: string, as: 'text' | 'json' | 'bytes'): Req<T> => ({
    method: 'GET',
    path: fileUrl(root, path),
    topics: ['data'],
    as,
  }),
  // Pure translations between a filter line and its tree: nothing invalidates them.
  parseFilter: (text: string) => post<ParsedFilter>('/api/filters/parse', { text }, []),
  formatFilter: (tree: PredicateNode) => post<ParsedFilter>('/api/filters/format', { tree }, []),

  createSlice: (body: SliceWrite): Req<Slice> => ({ method: 'POST', path: '/api/slices', body }),
  updateSlice: (slice: Slice, body: SliceWrite): Req<Slice> => ({ method: 'PUT', path: `/api/slices/${encodeURIComponent(slice.id)}`, body }),
  deleteSlice: (slice: Slice, force: boolean): Req<unknown> => ({
    method: 'DELETE',
    path: `/api/slices/${encodeURIComponent(slice.id)}?version=${slice.version}${force ? '&force=true' : ''}`,
  }),
  createTag: (body: TagWrite): Req<Tag> => ({ method: 'POST', path: '/api/tags', body }),
  createFolder: (name: string): Req<Folder> => ({ method: 'POST', path: '/api/folders', body: { name, version: null } }),
  renameFolder: (folder: Folder, name: string): Req<Folder> => ({
    method: 'PUT',
    path: `/api/folders/${encodeURIComponent(folder.id)}`,
    body: { name, version: folder.version },
  }),
  deleteFolder: (folder: Folder): Req<void> => ({
    method: 'DELETE',
    path: `/api/folders/${encodeURIComponent(folder.id)}?version=${folder.version}`,
  }),
};
