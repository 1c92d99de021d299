// The conversation editor: one fieldset per message (sender and text), messages added and removed
// with the keyboard as with the mouse, and the optional context. Reads the form into a
// conversation in the LABELING.md format.

import {el} from './dom.js';

const SENDERS = [['patient', 'Patient'], ['caregiver', 'Caregiver'], ['clinic', 'Clinic']];

/** The editor over the #messages container and the context fields of the compose form. */
export class Composer {
  constructor(form) {
    this.form = form;
    this.list = form.querySelector('#messages');
    this.addButton = form.querySelector('#add-message');
    this.addButton.addEventListener('click', () => this.add().text.focus());
    this.add('patient');
  }

  /** Adds a message (by default from the other side than the last one) and returns its controls. */
  add(from) {
    const last = this.messages().at(-1);
    const sender = from || (last && last.from.value !== 'clinic' ? 'clinic' : 'patient');
    const from_ = el('select', {class: 'message-from'},
      SENDERS.map(([value, text]) => el('option', {value, selected: value === sender, text})));
    const text = el('textarea', {class: 'message-text-input', rows: 4, required: true,
      spellcheck: 'true'});
    const remove = el('button', {type: 'button', class: 'remove', text: 'Remove'});
    const legend = el('legend');
    const fromLabel = el('label', {text: 'Sender'});
    const textLabel = el('label', {text: 'Text'});
    const fieldset = el('fieldset', {class: 'message'}, legend,
      el('div', {class: 'field'}, fromLabel, from_),
      el('div', {class: 'field grow'}, textLabel, text),
      remove);
    remove.addEventListener('click', () => this.remove(fieldset));
    this.list.append(fieldset);
    this.renumber();
    return {from: from_, text};
  }

  /** Removes a message (never the last one left) and moves focus to a neighbour. */
  remove(fieldset) {
    const all = [...this.list.children];
    if (all.length <= 1) {
      return;
    }
    const i = all.indexOf(fieldset);
    fieldset.remove();
    this.renumber();
    const next = this.list.children[Math.max(0, i - 1)];
    next.querySelector('textarea').focus();
  }

  /** Gives every message its number, ids, labels and the remove button's name. */
  renumber() {
    const fieldsets = [...this.list.children];
    fieldsets.forEach((fieldset, i) => {
      const n = i + 1;
      fieldset.querySelector('legend').textContent = 'Message ' + n;
      const [fromLabel, textLabel] = fieldset.querySelectorAll('label');
      const from = fieldset.querySelector('select');
      const text = fieldset.querySelector('textarea');
      from.id = 'message-' + n + '-from';
      text.id = 'message-' + n + '-text';
      fromLabel.htmlFor = from.id;
      textLabel.htmlFor = text.id;
      const remove = fieldset.querySelector('button.remove');
      remove.setAttribute('aria-label', 'Remove message ' + n);
      remove.hidden = fieldsets.length === 1;
    });
  }

  /** The sender select and text area of each message, in order. */
  messages() {
    return [...this.list.children].map((f) => ({
      from: f.querySelector('select'),
      text: f.querySelector('textarea'),
    }));
  }

  /** The conversation the form describes. */
  conversation() {
    const c = {messages: this.messages().map((m) => ({from: m.from.value, text: m.text.value}))};
    const id = this.form.querySelector('#conversation-id').value.trim();
    if (id) {
      c.id = id;
    }
    const context = {};
    const days = this.form.querySelector('#days-since-visit').value;
    if (days !== '') {
      context.days_since_last_visit = Number(days);
    }
    const active = this.form.querySelector('#on-treatment').value;
    if (active !== '') {
      context.on_active_treatment = active === 'true';
    }
    if (Object.keys(context).length > 0) {
      c.context = context;
    }
    return c;
  }

  /** The control a problem's JSON pointer names (e.g. /messages/1/text), or null. */
  controlFor(pointer) {
    const m = /^\/messages\/(\d+)(?:\/(\w+))?/.exec(pointer || '');
    if (m) {
      const message = this.messages()[Number(m[1])];
      return message ? (m[2] === 'from' ? message.from : message.text) : null;
    }
    if ((pointer || '').startsWith('/context/days_since_last_visit')) {
      return this.form.querySelector('#days-since-visit');
    }
    if ((pointer || '').startsWith('/id')) {
      return this.form.querySelector('#conversation-id');
    }
    return null;
  }

  /** Back to one empty message from the patient and no context. */
  clear() {
    this.list.replaceChildren();
    this.add('patient');
    this.form.querySelector('#conversation-id').value = '';
    this.form.querySelector('#days-since-visit').value = '';
    this.form.querySelector('#on-treatment').value = '';
  }
}
