// Building DOM without HTML strings: data from the server only ever becomes text nodes, so a
// name such as <img src=x onerror=alert(1)> shows literally and never runs.

/**
 * A new element. attributes: plain attributes (className and dataset are special); children:
 * nodes, strings (become text nodes), numbers, or null/false (skipped), also nested in arrays.
 */
export function el(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) {
      continue;
    }
    if (name === 'className') {
      element.className = value;
    } else if (name === 'dataset') {
      Object.assign(element.dataset, value);
    } else if (name === 'text') {
      element.textContent = value;
    } else {
      element.setAttribute(name, value === true ? '' : String(value));
    }
  }
  append(element, children);
  return element;
}

/** Appends children (as in el) to parent. */
export function append(parent, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) {
      continue;
    }
    parent.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return parent;
}

/** Removes every child of element. */
export function clear(element) {
  element.replaceChildren();
  return element;
}
