/**
 * Line numbers for JSON, which JSON.parse does not give (V8's messages name no position): one
 * pass over the text that tracks strings, escapes and nesting and cuts the top-level array into
 * its elements, with the line each starts on. Each element is then parsed on its own, so a
 * syntax error is reported on its element's line and every broken element is reported. Written
 * here because it is forty lines; a streaming JSON parser with positions would be a dependency
 * for this alone.
 */
export interface ElementSpan {
  line: number;
  start: number;
  end: number;
}

export interface Split {
  elements: ElementSpan[];
  /** Set when the text is not one array: where and why. */
  problem?: { line: number; message: string };
}

const WS = new Set([' ', '\t', '\r', '\n', '\uFEFF']);

export function splitArray(text: string): Split {
  const elements: ElementSpan[] = [];
  let line = 1;
  let depth = 0;
  let inString = false;
  let escaped = false;
  let current: ElementSpan | undefined;
  let closed = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n') line += 1;
    if (inString) {
      if (escaped) escaped = false;
      else if (ch === '\\') escaped = true;
      else if (ch === '"') inString = false;
      continue;
    }
    if (WS.has(ch)) continue;
    if (closed) return { elements, problem: { line, message: 'unexpected text after the array' } };
    if (depth === 0) {
      if (ch !== '[') return { elements, problem: { line, message: 'must hold a JSON array of objects' } };
      depth = 1;
      continue;
    }
    if (depth === 1 && (ch === ',' || ch === ']')) {
      if (current) {
        current.end = i;
        elements.push(current);
        current = undefined;
      } else if (ch === ',' || elements.length) return { elements, problem: { line, message: `unexpected "${ch}"` } };
      if (ch === ']') {
        depth = 0;
        closed = true;
      }
      continue;
    }
    if (depth === 1 && !current) current = { line, start: i, end: text.length };
    if (ch === '"') inString = true;
    else if (ch === '[' || ch === '{') depth += 1;
    else if (ch === ']' || ch === '}') depth -= 1;
  }
  if (!closed) return { elements, problem: { line, message: 'the array is not closed (unexpected end of file)' } };
  return { elements };
}
