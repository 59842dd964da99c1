import { DOMParser, type Element, type Node } from '@xmldom/xmldom';
import { fail } from '../../errors/app-error.js';

const SVG_NS = 'http://www.w3.org/2000/svg';
const XHTML_NS = 'http://www.w3.org/1999/xhtml';
/** Elements that run code or embed other documents: never in a banner. */
const FORBIDDEN_ELEMENTS = new Set([
  'script',
  'foreignobject',
  'iframe',
  'embed',
  'object',
  'handler',
  'listener',
  'audio',
  'video',
]);
/** Animation elements may not change references or event handlers. */
const ANIMATIONS = new Set(['set', 'animate', 'animatemotion', 'animatetransform', 'animatecolor']);
/** A reference may point inside the image (`#id`) or be an inline raster image; nothing else. */
const SAFE_REFERENCE = /^(#[^\s]*|data:image\/(png|jpeg|gif|webp);base64,[a-z0-9+/=\s]*)$/i;

export interface SvgFacts {
  width: number | null;
  height: number | null;
}

const unsafe = (why: string): never =>
  fail('SVG_UNSAFE', `This SVG cannot be used as a banner: ${why}.`, 'file');

/**
 * Whether `text` is an SVG image (an `<svg>` root in the SVG namespace, parsed by a real XML parser) and a
 * safe one: no DOCTYPE (no entities), no script, no `on*` event handler, no `javascript:` URL, no
 * `<foreignObject>` (or other embedding element), and no reference (`href`, `xlink:href`, `src`, CSS
 * `url(...)`, `@import`) to anything but a `#fragment` of itself or an inline PNG/JPEG/GIF/WebP `data:`
 * image. Returns null when the text is not SVG at all (so the caller reports an unrecognised type);
 * refuses (`SVG_UNSAFE`, field `file`) an SVG that breaks a rule; else its size from its `width`/`height`
 * attributes (pixels) or its `viewBox`.
 */
export function inspectSvg(text: string): SvgFacts | null {
  // Cheap first look: an SVG document starts (after an XML declaration, comments, whitespace) with markup.
  if (!/^\uFEFF?\s*</.test(text) || !/<svg[\s>/]/i.test(text)) return null;
  if (/<!DOCTYPE\s+svg/i.test(text)) unsafe('it has a DOCTYPE');
  let document;
  try {
    document = new DOMParser({
      onError: (_level, message) => {
        throw new Error(message);
      },
    }).parseFromString(text, 'image/svg+xml');
  } catch {
    return null;
  }
  const root = document.documentElement;
  if (!root || root.localName !== 'svg' || root.namespaceURI !== SVG_NS) return null;
  for (let node = document.firstChild; node; node = node.nextSibling) checkNode(node);
  return {
    width: pixels(root.getAttribute('width')),
    height: pixels(root.getAttribute('height')),
    ...viewBox(root),
  };
}

function checkNode(node: Node): void {
  switch (node.nodeType) {
    case 10: // DOCTYPE: could declare entities
      unsafe('it has a DOCTYPE');
      break;
    case 7: // processing instruction (e.g. xml-stylesheet)
      if ((node as unknown as { target: string }).target.toLowerCase() !== 'xml') {
        unsafe('it has a processing instruction');
      }
      break;
    case 1:
      checkElement(node as Element);
      break;
    default:
      return;
  }
}

function checkElement(element: Element): void {
  const name = (element.localName ?? element.nodeName).toLowerCase();
  if (FORBIDDEN_ELEMENTS.has(name)) unsafe(`it has a <${element.localName}> element`);
  if (element.namespaceURI === XHTML_NS) unsafe('it embeds HTML');
  if (name === 'style') checkCss(element.textContent ?? '');
  const attributes = element.attributes;
  for (let index = 0; index < attributes.length; index += 1) {
    const attribute = attributes.item(index)!;
    const attributeName = (attribute.localName ?? attribute.name).toLowerCase();
    const value = attribute.value;
    if (attributeName.startsWith('on')) unsafe(`it has an event handler (${attribute.name})`);
    // eslint-disable-next-line no-control-regex -- control characters hide a scheme from a plain match
    if (/(java|vb)script:/.test(value.replace(/[\s\u0000-\u001f]+/g, '').toLowerCase())) {
      unsafe('it has a javascript: URL');
    }
    if ((attributeName === 'href' || attributeName === 'src') && !SAFE_REFERENCE.test(value.trim())) {
      unsafe(`it refers to another file (${attribute.name}="${value.slice(0, 60)}")`);
    }
    if (attributeName === 'style' || /url\s*\(/i.test(value)) checkCss(value);
    if (ANIMATIONS.has(name) && attributeName === 'attributename') {
      const target = value
        .trim()
        .toLowerCase()
        .replace(/^xlink:/, '');
      if (target === 'href' || target.startsWith('on')) unsafe(`it animates ${value}`);
    }
  }
  for (let child = element.firstChild; child; child = child.nextSibling) checkNode(child);
}

/** CSS may only refer to the image itself or inline images; no `@import`, no escapes that could hide one. */
function checkCss(css: string): void {
  if (css.includes('\\')) unsafe('its CSS has escapes');
  if (/@import/i.test(css)) unsafe('its CSS imports another file');
  if (/expression\s*\(/i.test(css)) unsafe('its CSS has an expression');
  for (const match of css.matchAll(/url\s*\(\s*(['"]?)([^'")]*)\1\s*\)/gi)) {
    if (!SAFE_REFERENCE.test(match[2]!.trim()))
      unsafe(`it refers to another file (url(${match[2]!.slice(0, 60)}))`);
  }
  // A url( the pattern above could not read (unbalanced quotes) is refused too.
  const references = css.match(/url\s*\(/gi)?.length ?? 0;
  if (references !== [...css.matchAll(/url\s*\(\s*(['"]?)([^'")]*)\1\s*\)/gi)].length) {
    unsafe('its CSS has a malformed url()');
  }
}

/** `300`, `300px`, `300.4` -> 300; percentages and other units -> null. */
function pixels(raw: string | null): number | null {
  const match = raw ? /^\s*(\d+(?:\.\d+)?)\s*(px)?\s*$/.exec(raw) : null;
  if (!match) return null;
  const value = Math.round(Number(match[1]));
  return value > 0 && value <= 100_000 ? value : null;
}

/** The viewBox's width and height where `width`/`height` did not say. */
function viewBox(root: Element): Partial<SvgFacts> {
  const width = pixels(root.getAttribute('width'));
  const height = pixels(root.getAttribute('height'));
  if (width && height) return {};
  const parts = (root.getAttribute('viewBox') ?? '')
    .trim()
    .split(/[\s,]+/)
    .map(Number);
  if (
    parts.length !== 4 ||
    parts.some((part) => !Number.isFinite(part)) ||
    parts[2]! <= 0 ||
    parts[3]! <= 0
  ) {
    return { width: null, height: null };
  }
  const [, , boxWidth, boxHeight] = parts as [number, number, number, number];
  if (width) return { width, height: Math.round((width * boxHeight) / boxWidth) };
  if (height) return { width: Math.round((height * boxWidth) / boxHeight), height };
  return { width: Math.round(boxWidth), height: Math.round(boxHeight) };
}
