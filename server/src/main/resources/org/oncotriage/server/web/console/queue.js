// The work queue: a JSON Lines file of conversations, read in the browser, triaged in batches
// through POST /v1/triage/batch, and listed most urgent first, then by route (oncologist, nurse,
// medical assistant), then in file order, with counts per route. A line that is not JSON or that
// the service refuses is listed with its line number and the reason, never with its text.

import {call, needsKey, problemText} from './api.js';
import {el, LEVEL_NAMES, LEVELS, percent, replace} from './dom.js';

/** Files above this size are refused before they are read. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
/** Conversations above this count are refused before any is sent. */
export const MAX_CONVERSATIONS = 2000;
/** Conversations per batch request (well under the service's max_batch_conversations). */
export const BATCH_SIZE = 50;
/** Bytes of conversations per batch request (under the service's default max_body_bytes). */
export const BATCH_BYTES = 200 * 1024;

/**
 * The text of a file's bytes as UTF-8 (a leading byte-order mark dropped), or null when they are
 * not UTF-8: decoding them anyway would send U+FFFD in place of every such byte, and the service
 * would triage text the patient never wrote.
 *
 * @param {ArrayBuffer} bytes
 * @returns {string|null}
 */
export function utf8Text(bytes) {
  try {
    return new TextDecoder('utf-8', {fatal: true}).decode(bytes);
  } catch (e) {
    return null;
  }
}

/**
 * Reads JSON Lines text.
 *
 * @returns {{entries: {line: number, conversation: Object}[], errors: {line: number, reason: string}[]}}
 *     line numbers from 1; blank lines are skipped
 */
export function parseJsonLines(text) {
  const entries = [];
  const errors = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === '') {
      return;
    }
    let value;
    try {
      value = JSON.parse(raw);
    } catch (e) {
      errors.push({line, reason: 'not valid JSON'});
      return;
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      errors.push({line, reason: 'not a JSON object'});
      return;
    }
    entries.push({line, conversation: value});
  });
  return {entries, errors};
}

/** Items with results, most urgent first, then by route, then in file order (a sorted copy). */
export function orderQueue(items) {
  const rank = (route) => {
    const r = LEVELS.indexOf(route);
    return r < 0 ? LEVELS.length : r;
  };
  return [...items].sort((a, b) =>
    (b.result.urgent.flag ? 1 : 0) - (a.result.urgent.flag ? 1 : 0)
    || rank(a.result.route) - rank(b.result.route)
    || a.line - b.line);
}

/** How many items go to each route, and how many are urgent. */
export function routeCounts(items) {
  const counts = {urgent: 0};
  LEVELS.forEach((l) => {
    counts[l] = 0;
  });
  for (const item of items) {
    counts[item.result.route] = (counts[item.result.route] || 0) + 1;
    if (item.result.urgent.flag) {
      counts.urgent++;
    }
  }
  return counts;
}

/**
 * Splits entries into batches of at most BATCH_SIZE conversations and BATCH_BYTES of JSON (a
 * conversation larger than that goes alone, and the service says whether it is too large).
 */
export function batches(entries) {
  const encoder = new TextEncoder();
  const out = [];
  let current = [];
  let bytes = 0;
  for (const entry of entries) {
    const size = encoder.encode(JSON.stringify(entry.conversation)).length + 1;
    if (current.length > 0 && (current.length === BATCH_SIZE || bytes + size > BATCH_BYTES)) {
      out.push(current);
      current = [];
      bytes = 0;
    }
    current.push(entry);
    bytes += size;
  }
  if (current.length > 0) {
    out.push(current);
  }
  return out;
}

/**
 * Triages the entries in batches. Resolves to {items, errors, stopped}: items with their result,
 * errors per line, and the reason the run stopped early (a missing key), or null.
 */
export async function triageEntries(entries, onProgress) {
  const items = [];
  const errors = [];
  let done = 0;
  for (const chunk of batches(entries)) {
    onProgress(done, entries.length);
    done += chunk.length;
    const response = await call('POST', '/v1/triage/batch',
      {conversations: chunk.map((e) => e.conversation)});
    if (response.status !== 200 || !response.body || !Array.isArray(response.body.results)) {
      if (needsKey(response)) {
        return {items, errors, stopped: problemText(response)};
      }
      chunk.forEach((e) => errors.push({line: e.line, reason: problemText(response)}));
      continue;
    }
    response.body.results.forEach((result, k) => {
      const entry = chunk[k];
      if (result && typeof result.status === 'number' && result.title) {
        errors.push({line: entry.line, reason: problemText({status: result.status, body: result})});
      } else {
        items.push({line: entry.line, conversation: entry.conversation, result});
      }
    });
  }
  return {items, errors, stopped: null};
}

/**
 * Shows the queue.
 *
 * @param {HTMLElement} container replaced with the counts, the table and the refused lines
 * @param {Object[]} items triaged items (any order)
 * @param {{line: number, reason: string}[]} errors refused lines
 * @param {function(Object)} onOpen called with the item whose Open button was pressed
 */
export function renderQueue(container, items, errors, onOpen) {
  const ordered = orderQueue(items);
  const counts = routeCounts(items);
  const countList = el('ul', {class: 'counts', id: 'queue-counts', 'aria-label': 'Conversations per route'},
    LEVELS.map((l) => el('li', {'data-route': l},
      el('span', {class: 'chip chip-' + l, text: LEVEL_NAMES[l]}), ' ',
      el('span', {class: 'count', text: String(counts[l])}))),
    el('li', {'data-route': 'urgent'},
      el('span', {class: 'chip chip-urgent', text: 'Urgent'}), ' ',
      el('span', {class: 'count', text: String(counts.urgent)})));
  const rows = ordered.map((item, i) => {
    const r = item.result;
    const findings = r.urgent.findings.length;
    return el('tr', {'data-id': r.id, class: r.urgent.flag ? 'urgent-row' : null},
      el('td', {text: String(i + 1)}),
      el('th', {scope: 'row', class: 'mono', text: r.id}),
      el('td', {text: r.urgent.flag
        ? 'Yes' + (findings ? ' (' + findings + ' finding' + (findings === 1 ? '' : 's') + ')' : '')
        : 'No'}),
      el('td', {}, el('span', {class: 'chip chip-' + r.route, text: LEVEL_NAMES[r.route] || r.route})),
      el('td', {text: percent(r.billable.probability)}),
      el('td', {text: String(item.line)}),
      el('td', {}, el('button', {type: 'button', class: 'open', onclick: () => onOpen(item)},
        'Open', el('span', {class: 'visually-hidden', text: ' conversation ' + r.id}))));
  });
  const table = ordered.length === 0 ? el('p', {text: 'No conversation was triaged.'})
    : el('div', {class: 'table-wrap', role: 'region', 'aria-labelledby': 'queue-caption',
      tabindex: '0'},
      el('table', {id: 'queue-table'},
        el('caption', {id: 'queue-caption',
          text: 'Work queue: most urgent first, then by route (' + ordered.length + ')'}),
        el('thead', {}, el('tr', {},
          ['Order', 'Conversation', 'Urgent', 'Route', 'Billable', 'Line in file', 'Action']
            .map((h) => el('th', {scope: 'col', text: h})))),
        el('tbody', {}, rows)));
  const refused = errors.length === 0 ? null : el('div', {class: 'refused'},
    el('h3', {id: 'refused-heading', text: 'Lines not triaged (' + errors.length + ')'}),
    el('ul', {id: 'queue-errors', 'aria-labelledby': 'refused-heading'},
      [...errors].sort((a, b) => a.line - b.line)
        .map((e) => el('li', {text: 'Line ' + e.line + ': ' + e.reason}))));
  replace(container, countList, table, refused);
}
