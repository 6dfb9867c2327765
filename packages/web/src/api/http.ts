import { ApiProblem } from './problem.ts';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** What the client needs from the session: the CSRF token and who to tell when it ends. */
const session: {
  csrfToken: string;
  onUnauthenticated: (problem: ApiProblem) => void;
  lastRequestAt: number;
} = {
  csrfToken: '',
  onUnauthenticated: () => undefined,
  lastRequestAt: Date.now(),
};

/** When the last request left: the server's idle timeout counts from it. */
export function lastRequestAt(): number {
  return session.lastRequestAt;
}

export function setCsrfToken(token: string): void {
  session.csrfToken = token;
}

/** Called when any request answers 401: the session ended (signed out, idle, expired). */
export function onUnauthenticated(listener: (problem: ApiProblem) => void): void {
  session.onUnauthenticated = listener;
}

export interface RequestOptions {
  readonly method?: Method;
  readonly body?: unknown;
  /** Leave 401 to the caller (the sign-in form and the session probe). */
  readonly quiet401?: boolean;
}

/**
 * One call to the API: JSON in and out, the session cookie sent, the CSRF header on every
 * request that changes something, and every error turned into an {@link ApiProblem}.
 */
export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const response = await send(path, options);
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

/** Like {@link api} but returns the body as text (the raw 837). */
export async function apiText(path: string): Promise<string> {
  return (await send(path, {})).text();
}

/** A file the API answers with (a PDF): its bytes and the name the server gives it. */
export interface ApiFile {
  readonly blob: Blob;
  readonly fileName: string;
}

/** Like {@link api} but returns a file (`content-disposition` names it). */
export async function apiFile(
  path: string,
  options: RequestOptions = {},
  fallbackName = 'download',
): Promise<ApiFile> {
  const response = await send(path, options);
  const disposition = response.headers.get('content-disposition') ?? '';
  const fileName = /filename="?([^";]+)"?/.exec(disposition)?.[1] ?? fallbackName;
  return { blob: await response.blob(), fileName };
}

/**
 * The headers a change sends outside {@link api} (a file upload over XMLHttpRequest): the CSRF
 * token, counted as activity for the idle timeout.
 */
export function changeHeaders(): Record<string, string> {
  session.lastRequestAt = Date.now();
  return { 'x-csrf-token': session.csrfToken };
}

/** A failed answer as an {@link ApiProblem}; a 401 ends the session as it does for {@link api}. */
export function problemOf(status: number, body: Record<string, unknown>): ApiProblem {
  const problem = new ApiProblem(status, body);
  if (status === 401) session.onUnauthenticated(problem);
  return problem;
}

async function send(path: string, options: RequestOptions): Promise<Response> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { accept: 'application/json' };
  if (method !== 'GET') headers['x-csrf-token'] = session.csrfToken;
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  session.lastRequestAt = Date.now();
  const response = await fetch(path, {
    method,
    headers,
    credentials: 'same-origin',
    ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
  });
  if (response.ok) return response;
  const problem = new ApiProblem(response.status, await problemBody(response));
  if (response.status === 401 && !options.quiet401) session.onUnauthenticated(problem);
  throw problem;
}

async function problemBody(response: Response): Promise<Record<string, unknown>> {
  try {
    const body: unknown = await response.json();
    return typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  } catch {
    return { detail: `The server answered ${response.status} ${response.statusText}.` };
  }
}

/** A query string from the defined values only. */
export function query(params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}
