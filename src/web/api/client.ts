// The one place that talks HTTP to the Haven server. It adds the CSRF header the server demands on
// every state-changing request and turns the server's error envelope into an ApiError.

export interface ApiErrorBody {
  error: { code: string; message: string; details?: unknown };
  requestId?: string;
}

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: unknown;
  readonly requestId: string | undefined;

  constructor(status: number, body: ApiErrorBody) {
    super(body.error.message);
    this.name = 'ApiError';
    this.status = status;
    this.code = body.error.code;
    this.details = body.error.details;
    this.requestId = body.requestId;
  }
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RequestOptions {
  body?: unknown;
  /** A raw body (a file) sent as is with its own content type, instead of JSON. */
  rawBody?: Blob;
  /** Record version for optimistic concurrency; sent as If-Match: "<version>". */
  version?: number;
  /** Idempotency-Key for creates: a retry or a double click with the same key creates one record. */
  idempotencyKey?: string;
  signal?: AbortSignal;
  /**
   * A poll the app makes on its own (the inbox badge), not something the person did: it must not keep
   * an unattended session alive, so the server leaves the idle clock alone and so does the idle warning.
   */
  background?: boolean;
}

/** Listeners learn about every 401 so the shell can send the user to sign-in from anywhere. */
const unauthenticatedListeners = new Set<(error: ApiError) => void>();
export function onUnauthenticated(listener: (error: ApiError) => void): () => void {
  unauthenticatedListeners.add(listener);
  return () => unauthenticatedListeners.delete(listener);
}

/**
 * Time of the last successful request. The server counts any authenticated request as activity for
 * its idle timeout, so the idle warning counts from here rather than from the last GET /api/me.
 */
let lastActivityAt = Date.now();
const activityListeners = new Set<() => void>();
export function lastApiActivity(): number {
  return lastActivityAt;
}
export function onApiActivity(listener: () => void): () => void {
  activityListeners.add(listener);
  return () => activityListeners.delete(listener);
}

function readCookie(name: string): string | undefined {
  for (const part of document.cookie.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return decodeURIComponent(rest.join('='));
  }
  return undefined;
}

async function toApiError(response: Response): Promise<ApiError> {
  try {
    const body = (await response.json()) as Partial<ApiErrorBody>;
    if (body?.error && typeof body.error.code === 'string')
      return new ApiError(response.status, body as ApiErrorBody);
  } catch {
    // Not JSON (a proxy's HTML error page, say): fall through to a generic error.
  }
  return new ApiError(response.status, {
    error: {
      code: response.status >= 500 ? 'internal_error' : 'unknown_error',
      message: response.statusText,
    },
  });
}

export async function request<T>(method: Method, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.rawBody !== undefined)
    headers['content-type'] = options.rawBody.type || 'application/octet-stream';
  else if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET') {
    const csrf = readCookie('haven_csrf');
    if (csrf) headers['x-csrf-token'] = csrf;
  }
  if (options.version !== undefined) headers['if-match'] = `"${options.version}"`;
  if (options.idempotencyKey !== undefined) headers['idempotency-key'] = options.idempotencyKey;
  if (options.background) headers['x-haven-background'] = '1';

  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      body: options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, { error: { code: 'network_error', message: String(cause) } });
  }

  if (!response.ok) {
    const error = await toApiError(response);
    if (response.status === 401 && path !== '/api/auth/login' && !path.startsWith('/api/auth/mfa')) {
      // Wrong current password on the change-password form is a 401 too, but it is not a lost session.
      if (error.code !== 'invalid_credentials' && error.code !== 'mfa_invalid_code') {
        for (const listener of unauthenticatedListeners) listener(error);
      }
    }
    throw error;
  }
  if (!options.background) {
    lastActivityAt = Date.now();
    for (const listener of activityListeners) listener();
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

export const api = {
  get: <T>(path: string, options?: RequestOptions) => request<T>('GET', path, options),
  post: <T>(path: string, body: unknown = {}, options?: RequestOptions) =>
    request<T>('POST', path, { ...options, body }),
  put: <T>(path: string, body: unknown, options?: RequestOptions) =>
    request<T>('PUT', path, { ...options, body }),
  patch: <T>(path: string, body: unknown, options?: RequestOptions) =>
    request<T>('PATCH', path, { ...options, body }),
};

/** Uploads a file as the raw request body, with the file's own content type (attachments). */
export function uploadRaw<T>(
  path: string,
  file: Blob,
  options: Omit<RequestOptions, 'body' | 'rawBody'> = {},
) {
  return request<T>('POST', path, { ...options, rawBody: file });
}
