// Calls to the OncoTriage REST API from the console. The API key, when the service asks for one,
// lives only in this module's memory: never in localStorage, sessionStorage, cookies or the URL,
// so it is gone when the tab closes. Nothing here logs a request or a response. A 401 or 403
// answer raises the document event 'oncotriage:key-needed', on which the page asks for a key.

let apiKey = null;

/** Keeps the key for later calls (null forgets it). */
export function useKey(key) {
  apiKey = key ? key.trim() : null;
}

/** Whether a key is held. */
export function hasKey() {
  return apiKey !== null && apiKey !== '';
}

/**
 * Sends one request; resolves to {status, body} where body is the parsed JSON (a result, or a
 * problem object for an error) or null when the response had none. A network failure resolves to
 * status 0 with a problem-shaped body, so callers handle one shape.
 */
export async function call(method, path, body) {
  const headers = {Accept: 'application/json, application/problem+json'};
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
  }
  if (hasKey()) {
    headers.Authorization = 'Bearer ' + apiKey;
  }
  let response;
  try {
    response = await fetch(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      cache: 'no-store',
      credentials: 'omit',
    });
  } catch (e) {
    return {
      status: 0,
      body: {title: 'The service cannot be reached', detail: 'check the connection and try again'},
    };
  }
  let parsed = null;
  const type = response.headers.get('Content-Type') || '';
  if (type.includes('json')) {
    try {
      parsed = await response.json();
    } catch (e) {
      parsed = null;
    }
  }
  if (needsKey(response)) {
    document.dispatchEvent(
      new CustomEvent('oncotriage:key-needed', {detail: {status: response.status}}));
  }
  return {status: response.status, body: parsed};
}

/** One line for a problem response: its title, and its detail when it has one. */
export function problemText(response) {
  const p = response.body || {};
  const title = p.title || 'Error ' + response.status;
  return p.detail ? title + ': ' + p.detail : title;
}

/** Whether a response means the key is missing or wrong. */
export function needsKey(response) {
  return response.status === 401 || response.status === 403;
}
