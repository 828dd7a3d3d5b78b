// The HTTP API as the page uses it: same origin, JSON in and out, the bearer token (when the user gave one)
// kept in sessionStorage for this tab only and sent as an Authorization header.

const TOKEN_KEY = 'vitae.token';

export function token() {
  return sessionStorage.getItem(TOKEN_KEY) || '';
}

export function setToken(value) {
  const t = (value || '').trim();
  if (t) {
    sessionStorage.setItem(TOKEN_KEY, t);
  } else {
    sessionStorage.removeItem(TOKEN_KEY);
  }
}

/** A failed call: the HTTP status and the server's RFC 9457 problem (or whatever it answered). */
export class ApiError extends Error {
  constructor(status, problem) {
    const detail = problem && typeof problem === 'object' ? (problem.detail || problem.title) : String(problem || '');
    super(detail || `HTTP ${status}`);
    this.status = status;
    this.problem = problem && typeof problem === 'object' ? problem : null;
  }
}

/**
 * Calls the API. `json` is sent as application/json; `form` (FormData) as multipart.
 * Answers the parsed JSON body; throws ApiError for any status but 2xx.
 */
export async function call(path, { method = 'GET', json, form } = {}) {
  const headers = { Accept: 'application/json, application/problem+json' };
  const t = token();
  if (t) {
    headers.Authorization = `Bearer ${t}`;
  }
  let body;
  if (json !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(json);
  } else if (form !== undefined) {
    body = form; // the browser sets the multipart boundary
  }
  let response;
  try {
    response = await fetch(path, { method, headers, body, cache: 'no-store', credentials: 'omit', redirect: 'error' });
  } catch (e) {
    throw new ApiError(0, { detail: `The server did not answer (${e.message}). Is Vitae running?` });
  }
  const type = response.headers.get('Content-Type') || '';
  const data = type.includes('json') ? await response.json().catch(() => null) : await response.text();
  if (!response.ok) {
    throw new ApiError(response.status, data);
  }
  return data;
}

export const DOCUMENT_ID = /^[0-9a-f]{64}$/;

export function profilePath(id) {
  return `/profiles/${encodeURIComponent(id)}`;
}
