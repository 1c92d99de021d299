// Builds DOM nodes. Text always goes in as text nodes, never as HTML, so nothing from a message,
// a file or a response can become markup or script.

/**
 * @param {string} tag element name
 * @param {Object<string, *>} [attrs] attributes; `class`, `text` (text content) and `on<event>`
 *     handlers are recognized, a value of null or false leaves the attribute out
 * @param {...(Node|string|null)} children nodes or strings (as text)
 */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) {
      continue;
    }
    if (name === 'text') {
      node.textContent = value;
    } else if (name.startsWith('on') && typeof value === 'function') {
      node.addEventListener(name.slice(2), value);
    } else {
      node.setAttribute(name, value === true ? '' : String(value));
    }
  }
  append(node, children);
  return node;
}

/** Appends nodes and strings (as text) to a parent, skipping null. */
export function append(parent, children) {
  for (const child of children.flat()) {
    if (child === null || child === undefined) {
      continue;
    }
    parent.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return parent;
}

/** Replaces a node's children. */
export function replace(parent, ...children) {
  parent.replaceChildren();
  return append(parent, children);
}

/** The words for a responder level or route. */
export const LEVEL_NAMES = {
  oncologist: 'Oncologist',
  nurse: 'Nurse',
  medical_assistant: 'Medical assistant',
};

/** Levels from the most to the least demanding, as the service names them. */
export const LEVELS = ['oncologist', 'nurse', 'medical_assistant'];

/** A probability (0 to 1) as a whole percentage, e.g. "83%". */
export function percent(p) {
  return Math.round(p * 100) + '%';
}
