// Wires the console page: the model line, the API key form, the conversation form, the result
// and the work queue. Short messages go to the page's live regions (#status polite, #alert
// assertive); message text never goes anywhere but the page and the requests.

import {call, hasKey, needsKey, problemText, useKey} from './api.js';
import {Composer} from './compose.js';
import {MAX_CONVERSATIONS, MAX_FILE_BYTES, parseJsonLines, renderQueue, routeCounts,
  triageEntries, utf8Text} from './queue.js';
import {announcement, renderResult} from './result.js';

const byId = (id) => document.getElementById(id);
const MODEL_RETRIES = 60;

function say(text) {
  byId('alert').textContent = '';
  byId('status').textContent = text;
}

function warn(text) {
  byId('status').textContent = '';
  byId('alert').textContent = text;
}

/**
 * Shows the model's name and version; asks for a key (through the key-needed event) or waits for
 * the model when needed. Resolves to the response of GET /v1/model.
 */
async function connect(attempt = 0) {
  const line = byId('model-name');
  const response = await call('GET', '/v1/model');
  if (response.status === 200) {
    line.textContent = 'Model: ' + response.body.name + ', version ' + response.body.version;
    byId('key-section').hidden = true;
  } else if (needsKey(response)) {
    line.textContent = 'Model: an API key is needed';
  } else if (response.status === 503 && attempt < MODEL_RETRIES) {
    line.textContent = 'Model: loading\u2026';
    setTimeout(() => connect(attempt + 1), 1000);
  } else {
    line.textContent = 'Model: ' + problemText(response);
  }
  return response;
}

function askForKey(event) {
  const section = byId('key-section');
  const wasHidden = section.hidden;
  section.hidden = false;
  if (event.detail.status === 403 && hasKey()) {
    warn('The API key was not accepted. Enter another one.');
  } else {
    say('This service needs an API key.');
  }
  if (wasHidden) {
    byId('api-key').focus();
  }
}

function setUpKeyForm() {
  document.addEventListener('oncotriage:key-needed', askForKey);
  byId('key-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const input = byId('api-key');
    useKey(input.value);
    input.value = '';
    const response = await connect();
    if (response.status === 200) {
      say('Key accepted. It is kept in this tab only.');
      byId('compose-heading').scrollIntoView();
      byId('messages').querySelector('textarea').focus();
    } else if (!needsKey(response)) {
      warn(problemText(response));
    }
  });
}

function setUpCompose() {
  const form = byId('compose-form');
  const composer = new Composer(form);
  const button = byId('triage');
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const conversation = composer.conversation();
    button.disabled = true;
    say('Triaging\u2026');
    const response = await call('POST', '/v1/triage', conversation);
    button.disabled = false;
    if (response.status === 200) {
      renderResult(byId('result'), conversation, response.body);
      say(announcement(response.body));
    } else {
      warn('Not triaged: ' + problemText(response));
      const control = composer.controlFor(response.body && response.body.pointer);
      if (control) {
        control.focus();
      }
    }
  });
  byId('clear').addEventListener('click', () => {
    composer.clear();
    byId('result').replaceChildren();
    say('Cleared.');
    form.querySelector('textarea').focus();
  });
}

function openItem(item) {
  renderResult(byId('result'), item.conversation, item.result);
  byId('result-heading').focus();
  say(announcement(item.result));
}

function setUpQueue() {
  const input = byId('queue-file');
  input.addEventListener('change', async () => {
    const file = input.files[0];
    if (!file) {
      return;
    }
    if (file.size > MAX_FILE_BYTES) {
      warn('The file is larger than ' + MAX_FILE_BYTES / 1024 / 1024 + ' MB; split it.');
      return;
    }
    const text = utf8Text(await file.arrayBuffer());
    if (text === null) {
      warn('The file is not UTF-8 text; save it as UTF-8 (JSON Lines is UTF-8) and load it again.');
      return;
    }
    const {entries, errors} = parseJsonLines(text);
    if (entries.length > MAX_CONVERSATIONS) {
      warn('The file holds ' + entries.length + ' conversations; the console takes at most '
        + MAX_CONVERSATIONS + ' at a time.');
      return;
    }
    input.disabled = true;
    const out = await triageEntries(entries,
      (done, total) => say('Triaging ' + total + ' conversations\u2026 ' + done + ' done.'));
    input.disabled = false;
    const refused = [...errors, ...out.errors];
    renderQueue(byId('queue'), out.items, refused, openItem);
    const counts = routeCounts(out.items);
    const summary = 'Work queue ready: ' + out.items.length + ' conversations, ' + counts.urgent
      + ' urgent' + (refused.length ? ', ' + refused.length + ' lines not triaged.' : '.');
    if (out.stopped) {
      warn(summary + ' Stopped: ' + out.stopped);
    } else {
      say(summary);
    }
  });
}

setUpKeyForm();
setUpCompose();
setUpQueue();
connect();
