// Building the DOM from data without ever parsing it as HTML: every string becomes a text node or an
// attribute value. Nothing in the page uses innerHTML, outerHTML, insertAdjacentHTML or document.write.

/**
 * h('td', {class: 'x', title: t, dataset: {id}, on: {click: f}}, child, 'text', [more]) builds an element.
 * Children may be nodes, strings (text nodes), numbers, null/undefined/false (skipped) or arrays of those.
 */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) {
      continue;
    }
    if (k === 'class') {
      el.className = Array.isArray(v) ? v.filter(Boolean).join(' ') : v;
    } else if (k === 'dataset') {
      for (const [dk, dv] of Object.entries(v)) {
        if (dv !== null && dv !== undefined) {
          el.dataset[dk] = String(dv);
        }
      }
    } else if (k === 'on') {
      for (const [ev, fn] of Object.entries(v)) {
        el.addEventListener(ev, fn);
      }
    } else if (k === 'text') {
      el.textContent = String(v);
    } else if (/^on/i.test(k)) {
      throw new Error(`refusing inline handler attribute ${k}`);
    } else {
      el.setAttribute(k, v === true ? '' : String(v));
    }
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const c of children) {
    if (c === null || c === undefined || c === false) {
      continue;
    }
    if (Array.isArray(c)) {
      append(el, c);
    } else if (c instanceof Node) {
      el.appendChild(c);
    } else {
      el.appendChild(document.createTextNode(String(c)));
    }
  }
}

export function $(selector, root = document) {
  return root.querySelector(selector);
}

export function clear(el) {
  el.replaceChildren();
  return el;
}

export function shortId(id) {
  return id ? `${String(id).slice(0, 12)}…` : '';
}

/** "2024-03" / "2024" / null → readable, with "present" for a current role. */
export function period(start, end, current) {
  const s = start || '?';
  const e = current ? 'present' : (end || '?');
  return start || end || current ? `${s} – ${e}` : '';
}

export function when(iso) {
  if (!iso) {
    return '';
  }
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? String(iso) : d.toLocaleString();
}
