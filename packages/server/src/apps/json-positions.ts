/**
 * Where each value of a JSON text starts (line and column, 1-based), keyed by its path as the
 * diagnostics print it: `scope.userFilter.groups[0].clauses[1].value`. A small scanner instead
 * of a parser library: JSON.parse has already accepted the text, so only positions are needed.
 */
export interface JsonPosition {
  line: number;
  column: number;
}

export function jsonPositions(text: string): Map<string, JsonPosition> {
  const out = new Map<string, JsonPosition>();
  let i = 0;
  let line = 1;
  let lineStart = 0;
  const ws = () => {
    while (i < text.length) {
      const c = text[i];
      if (c === '\n') {
        line += 1;
        lineStart = i + 1;
      } else if (c !== ' ' && c !== '\t' && c !== '\r') break;
      i += 1;
    }
  };
  const str = (): string => {
    const start = i;
    i += 1;
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    i += 1;
    return JSON.parse(text.slice(start, i)) as string;
  };
  const value = (path: string, depth: number): void => {
    ws();
    out.set(path, { line, column: i - lineStart + 1 });
    const c = text[i];
    if (depth > 64) throw new Error('too deep');
    if (c === '{') {
      i += 1;
      ws();
      while (text[i] !== '}' && i < text.length) {
        const key = str();
        ws();
        i += 1; // ':'
        value(path ? `${path}.${key}` : key, depth + 1);
        ws();
        if (text[i] === ',') i += 1;
        ws();
      }
      i += 1;
    } else if (c === '[') {
      i += 1;
      ws();
      let n = 0;
      while (text[i] !== ']' && i < text.length) {
        value(`${path}[${n++}]`, depth + 1);
        ws();
        if (text[i] === ',') i += 1;
        ws();
      }
      i += 1;
    } else if (c === '"') str();
    else while (i < text.length && !/[\s,\]}]/.test(text[i])) i += 1;
  };
  try {
    value('', 0);
  } catch {
    // Positions are a help for messages; a text they cannot follow just has fewer.
  }
  return out;
}

/** The position of `path`, or of its nearest ancestor that has one. */
export function positionOf(positions: Map<string, JsonPosition>, path: string): JsonPosition | undefined {
  let p = path;
  for (;;) {
    const hit = positions.get(p);
    if (hit || !p) return hit;
    const cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
    p = cut > 0 ? p.slice(0, cut) : '';
  }
}
