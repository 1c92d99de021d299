// Shows one triage result beside the conversation it came from: route, level probabilities as
// bars, billable probability and eligibility with reasons, the urgent flag with every finding
// highlighted in the text at its offsets, the model, and the correction form.

import {append, el, LEVEL_NAMES, LEVELS, percent, replace} from './dom.js';
import {correctionForm} from './feedback.js';
import {segments} from './highlight.js';

const SENDER_NAMES = {patient: 'Patient', caregiver: 'Caregiver', clinic: 'Clinic'};

/**
 * Renders a result in a container.
 *
 * @param {HTMLElement} container where the result goes (its children are replaced)
 * @param {{messages: {from: string, text: string}[]}} conversation what was sent (kept in memory)
 * @param {Object} result the service's triage result for it
 */
export function renderResult(container, conversation, result) {
  const findings = (result.urgent && result.urgent.findings) || [];
  replace(
    container,
    result.urgent.flag ? urgentBanner(findings.length) : null,
    el('h3', {class: 'result-title', text: 'Conversation ' + result.id}),
    routeSection(result),
    billingSection(result.billable),
    urgentSection(result.urgent, conversation),
    messagesSection(conversation, findings),
    languageNote(result.language),
    el('p', {class: 'model-line', id: 'result-model'},
      'Model ', el('span', {class: 'mono', text: result.model.name}),
      ', version ', el('span', {class: 'mono', text: result.model.version})),
    correctionForm(result),
  );
}

/** One sentence for the live region about a result. */
export function announcement(result) {
  const route = LEVEL_NAMES[result.route] || result.route;
  const findings = result.urgent.findings.length;
  return (result.urgent.flag ? 'Urgent. ' : '') + 'Conversation ' + result.id + ' routed to '
    + route + '.' + (result.urgent.flag ? ' ' + findings + ' finding' + (findings === 1 ? '' : 's')
      + ' highlighted.' : '');
}

function urgentBanner(count) {
  const what = count === 0
    ? 'The model flags an urgent symptom.'
    : count + (count === 1 ? ' finding is' : ' findings are') + ' highlighted in the text below.';
  return el('div', {class: 'urgent-banner', id: 'urgent-banner'},
    el('strong', {text: 'Urgent: '}),
    'a red flag that needs same-hour nurse triage. ' + what);
}

function routeSection(result) {
  const bars = el('ul', {class: 'bars', id: 'level-bars'},
    LEVELS.map((level) => bar(LEVEL_NAMES[level], result.responder.probabilities[level], level)));
  return el('section', {class: 'block', 'aria-labelledby': 'route-heading'},
    el('h4', {id: 'route-heading', text: 'Route'}),
    el('p', {class: 'route-line'},
      el('span', {class: 'chip chip-' + result.route, id: 'result-route',
        text: LEVEL_NAMES[result.route] || result.route}),
      result.route === result.responder.level
        ? ' (the model\'s level)'
        : ' (raised from the model\'s level, ' + LEVEL_NAMES[result.responder.level] + ')'),
    el('p', {class: 'bars-caption', id: 'bars-caption', text: 'Level probabilities'}),
    bars);
}

function bar(label, p, key) {
  const fill = el('span', {class: 'bar-fill'});
  fill.style.width = percent(p || 0);
  return el('li', {'data-level': key},
    el('span', {class: 'bar-label', text: label}),
    el('span', {class: 'bar-track', 'aria-hidden': 'true'}, fill),
    el('span', {class: 'bar-value', text: percent(p || 0)}));
}

function billingSection(billable) {
  const eligible = billable.eligible === true
    ? 'Yes' : billable.eligible === false ? 'No' : 'Not known: the context does not say enough';
  return el('section', {class: 'block', 'aria-labelledby': 'billing-heading'},
    el('h4', {id: 'billing-heading', text: 'Billing'}),
    el('ul', {class: 'bars'}, bar('Billable', billable.probability, 'billable')),
    el('dl', {class: 'facts'},
      fact('Likely billable', billable.likely ? 'Yes' : 'No', 'billable-likely'),
      fact('Eligible', eligible, 'billable-eligible')),
    billable.reasons.length === 0 ? null
      : el('ul', {class: 'reasons', id: 'billable-reasons', 'aria-label': 'Reasons'},
        billable.reasons.map((r) => el('li', {text: r}))));
}

function urgentSection(urgent, conversation) {
  const list = urgent.findings.map((f, i) => el('li', {},
    el('a', {href: '#finding-' + i, 'data-finding': i, onclick: focusFinding},
      'Message ' + (f.message_index + 1) + senderSuffix(conversation, f.message_index) + ': '
        + f.finding)));
  return el('section', {class: 'block', 'aria-labelledby': 'urgent-heading'},
    el('h4', {id: 'urgent-heading', text: 'Urgent'}),
    el('dl', {class: 'facts'},
      fact('Flag', urgent.flag ? 'Yes' : 'No', 'urgent-flag'),
      fact('Probability', percent(urgent.probability), 'urgent-probability')),
    list.length === 0 ? null : el('ol', {class: 'findings', id: 'findings'}, list));
}

function senderSuffix(conversation, index) {
  const m = conversation.messages[index];
  return m ? ' (' + (SENDER_NAMES[m.from] || m.from) + ')' : '';
}

function focusFinding(event) {
  event.preventDefault();
  const mark = document.getElementById(event.currentTarget.getAttribute('href').slice(1));
  if (mark) {
    mark.focus();
  }
}

function messagesSection(conversation, findings) {
  const items = conversation.messages.map((m, i) => {
    const spans = [];
    findings.forEach((f, index) => {
      if (f.message_index === i) {
        spans.push({start: f.start, end: f.end, index});
      }
    });
    const text = el('p', {class: 'message-text'});
    for (const piece of segments(m.text, spans)) {
      if (piece.findings.length === 0) {
        append(text, [piece.text]);
      } else {
        append(text, [
          el('mark', {id: 'finding-' + piece.findings[0], tabindex: '-1',
            'data-findings': piece.findings.join(' '), text: piece.text}),
          el('span', {class: 'visually-hidden',
            text: ' (finding ' + piece.findings.map((n) => n + 1).join(', ') + ')'}),
        ]);
      }
    }
    return el('li', {'data-message-index': i},
      el('p', {class: 'sender', text: 'Message ' + (i + 1) + ': ' + (SENDER_NAMES[m.from] || m.from)}),
      text);
  });
  return el('section', {class: 'block', 'aria-labelledby': 'messages-heading'},
    el('h4', {id: 'messages-heading', text: 'Messages'}),
    el('ol', {class: 'thread', id: 'thread'}, items));
}

function languageNote(language) {
  if (!language || language.served) {
    return null;
  }
  return el('p', {class: 'notice', id: 'language-note', text: 'Language: ' + language.reason});
}

function fact(term, value, id) {
  return el('div', {}, el('dt', {text: term}), el('dd', {id, text: value}));
}
