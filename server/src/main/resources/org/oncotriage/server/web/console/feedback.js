// The correction form under a result: the level, billable and urgent decision a clinician made,
// and the reviewer's role, sent to POST /v1/feedback as API.md fixes it. The service answers 201
// when it recorded the correction and 404 for an id it did not triage within its window (or when
// it takes no feedback at all).

import {call} from './api.js';
import {el, LEVEL_NAMES, LEVELS} from './dom.js';

const ROLES = {
  oncologist: 'Oncologist',
  nurse: 'Nurse',
  medical_assistant: 'Medical assistant',
  manager: 'Manager',
};

/** The rules of LABELING.md that tie the three labels together, as the form states them. */
const RULES = 'Urgent conversations go to an oncologist and are not billable; billable ones go to'
  + ' an oncologist (LABELING.md).';

/** The request body of a correction. */
export function feedbackBody(id, responder, billable, urgent, reviewerRole) {
  return {id, labels: {responder, billable, urgent}, reviewer_role: reviewerRole};
}

/**
 * The rule of LABELING.md that a correction breaks, as the service's LabelPolicy states them (it
 * answers 422 for such labels), or null when the labels are possible.
 *
 * @returns {{field: string, text: string}|null} field: 'level' or 'billable', the control to change
 */
export function ruleBroken(responder, billable, urgent) {
  if (urgent && billable) {
    return {field: 'billable', text: 'an urgent conversation is not billable (the patient is sent'
      + ' to emergency care, which is billed instead)'};
  }
  if (urgent && responder !== 'oncologist') {
    return {field: 'level', text: 'an urgent conversation needs the oncologist level'};
  }
  if (billable && responder !== 'oncologist') {
    return {field: 'level', text: 'a billable conversation needs the oncologist level'};
  }
  return null;
}

/**
 * What to tell the reviewer about the service's answer to a correction.
 *
 * @param {number} status the HTTP status (0 when the service could not be reached)
 * @param {Object|null} problem the problem body of an error
 * @returns {{ok: boolean, text: string}}
 */
export function feedbackMessage(status, problem) {
  if (status === 201) {
    return {ok: true, text: 'Correction recorded.'};
  }
  if (status === 404) {
    return {ok: false, text: 'Not recorded: this conversation was not triaged within the service\'s'
      + ' window, or feedback is not available on this service.'};
  }
  const p = problem || {};
  const title = p.title || 'Error ' + status;
  return {ok: false, text: 'Not recorded: ' + title + (p.detail ? ' (' + p.detail + ')' : '') + '.'};
}

/** The form for a result, filled with the service's own decision. */
export function correctionForm(result) {
  const status = el('p', {class: 'feedback-status', id: 'feedback-status', role: 'status'});
  const level = select('fb-level', 'Level', LEVELS.map((l) => [l, LEVEL_NAMES[l]]), result.route);
  const billable = select('fb-billable', 'Billable', [['false', 'No'], ['true', 'Yes']],
    String(result.billable.likely));
  const urgent = select('fb-urgent', 'Urgent', [['false', 'No'], ['true', 'Yes']],
    String(result.urgent.flag));
  const role = select('fb-role', 'Reviewer role',
    [['', 'Choose a role'], ...Object.entries(ROLES)], '');
  role.control.required = true;
  const button = el('button', {type: 'submit', id: 'record-correction', text: 'Record correction'});
  const rule = el('p', {class: 'hint', id: 'fb-rule', text: RULES});
  const form = el('form', {class: 'correction', id: 'correction-form', method: 'post',
    action: '/console'},
    el('fieldset', {},
      el('legend', {text: 'Record a correction'}),
      el('p', {class: 'hint', text: 'What the conversation actually needed, as you judge it.'}),
      rule,
      el('div', {class: 'correction-fields'}, level.field, billable.field, urgent.field, role.field),
      button,
      status));
  const controls = {level: level.control, billable: billable.control};
  const broken = () => ruleBroken(level.control.value, billable.control.value === 'true',
    urgent.control.value === 'true');
  const mark = (problem) => {
    Object.entries(controls).forEach(([name, control]) => {
      if (problem && problem.field === name) {
        control.setAttribute('aria-invalid', 'true');
        control.setAttribute('aria-describedby', 'fb-rule');
      } else {
        control.removeAttribute('aria-invalid');
        control.removeAttribute('aria-describedby');
      }
    });
    rule.className = problem ? 'hint rule-broken' : 'hint';
    rule.textContent = problem ? 'Not possible: ' + problem.text + '. ' + RULES : RULES;
  };
  [level, billable, urgent].forEach((s) => s.control.addEventListener('change', () => mark(broken())));
  mark(broken());
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const problem = broken();
    if (problem) {
      mark(problem);
      status.className = 'feedback-status problem';
      status.textContent = 'Not sent: ' + problem.text + '.';
      controls[problem.field].focus();
      return;
    }
    button.disabled = true;
    status.className = 'feedback-status';
    status.textContent = 'Sending the correction\u2026';
    const response = await call('POST', '/v1/feedback', feedbackBody(result.id,
      level.control.value, billable.control.value === 'true', urgent.control.value === 'true',
      role.control.value));
    const message = feedbackMessage(response.status, response.body);
    status.className = 'feedback-status ' + (message.ok ? 'ok' : 'problem');
    status.textContent = message.text;
    button.disabled = false;
  });
  return form;
}

function select(id, label, options, selected) {
  const control = el('select', {id, name: id},
    options.map(([value, text]) => el('option', {value, selected: value === selected, text})));
  const field = el('div', {class: 'field'}, el('label', {for: id, text: label}), control);
  return {field, control};
}
