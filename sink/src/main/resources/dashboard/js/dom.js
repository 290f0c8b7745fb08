// Building DOM from untrusted article data: text only ever goes through textContent, attributes
// through setAttribute, and links only to http(s) URLs. Nothing here parses HTML.

const SVG_NS = 'http://www.w3.org/2000/svg';

/** An element with attributes and children (strings become text nodes). */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  setAttrs(node, attrs);
  append(node, children);
  return node;
}

/** An SVG element with attributes and children. */
export function svg(tag, attrs = {}, ...children) {
  const node = document.createElementNS(SVG_NS, tag);
  setAttrs(node, attrs);
  append(node, children);
  return node;
}

function setAttrs(node, attrs) {
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith('on')) throw new Error('event handlers are attached with addEventListener');
    node.setAttribute(name, String(value));
  }
}

function append(node, children) {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** A link to an article, or plain text when the URL is not http(s). */
export function safeLink(url, label) {
  const href = httpUrl(url);
  if (!href) return el('span', {}, label ?? url ?? '');
  return el('a', { href, target: '_blank', rel: 'noopener noreferrer nofollow' }, label ?? href);
}

/** The URL when it is an absolute http(s) URL, else null. */
export function httpUrl(url) {
  if (typeof url !== 'string' || url.length > 2048) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

export function clear(node) {
  node.replaceChildren();
}
