import type { Problem } from './types';

/** A failed API call, carrying the server's problem-details body so the UI can show it in plain words. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;

  constructor(status: number, problem: Problem) {
    super(describeProblem(status, problem));
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
  }
}

/** One sentence for a person: the server's title and detail, or what the status means when there is no body. */
export function describeProblem(status: number, problem: Problem): string {
  const title = problem.title?.trim();
  const detail = problem.detail?.trim();
  if (title && detail) return `${title}: ${detail}`;
  if (detail || title) return (detail || title)!;
  if (unreachable(status)) return 'The Zeno server did not answer. Is `zeno serve` still running?';
  if (status === 403) return 'This server is read-only or needs an access token.';
  if (status === 404) return 'Not found.';
  if (status >= 500) return `The server failed (HTTP ${status}).`;
  return `The request failed (HTTP ${status}).`;
}

/** Reads a failed response's body as problem details; a non-JSON body becomes its text as the detail. */
export async function readProblem(response: Response): Promise<Problem> {
  const text = await response.text().catch(() => '');
  if (!text) return {};
  try {
    const body: unknown = JSON.parse(text);
    return typeof body === 'object' && body !== null ? (body as Problem) : { detail: String(body) };
  } catch {
    return { detail: text.slice(0, 300) };
  }
}

/** No answer from Zeno itself: the network failed, or a proxy in front of it could not reach it. */
export function unreachable(status: number): boolean {
  return status === 0 || status === 502 || status === 503 || status === 504;
}

/** True for the rejection of a request that was cancelled because nobody needs it any more. */
export function isAbort(error: unknown): boolean {
  return error instanceof DOMException ? error.name === 'AbortError' : (error as Error | null)?.name === 'AbortError';
}
