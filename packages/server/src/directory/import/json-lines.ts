/**
 * Line numbers for JSON, which JSON.parse does not give: one pass over the text that tracks
 * strings, escapes and nesting and notes the line where each element of the top-level array
 * starts. Written here because it is twenty lines; a streaming JSON parser with positions would
 * be a dependency for this alone.
 */
export function arrayElementLines(text: string): number[] {
  const lines: number[] = [];
  let line = 1;
  let depth = 0;
  let inString = false;
  let escaped = false;
  let expectValue = false;
  for (const ch of text) {
    if (ch === '\n') line += 1;
    if (inString) {
      if (escaped) escaped = false;
      else if (ch === '\\') escaped = true;
      else if (ch === '"') inString = false;
      continue;
    }
    if (ch === ' ' || ch === '\t' || ch === '\r' || ch === '\n') continue;
    if (depth === 1 && expectValue && ch !== ']') {
      lines.push(line);
      expectValue = false;
    }
    if (ch === '"') inString = true;
    else if (ch === '[' || ch === '{') {
      depth += 1;
      if (depth === 1 && ch === '[') expectValue = true;
    } else if (ch === ']' || ch === '}') depth -= 1;
    else if (ch === ',' && depth === 1) expectValue = true;
  }
  return lines;
}

/** The 1-based line of character offset `pos`. */
export function lineAt(text: string, pos: number): number {
  let line = 1;
  for (let i = 0; i < pos && i < text.length; i++) if (text.charCodeAt(i) === 10) line += 1;
  return line;
}

/** The line of a JSON.parse error, from the position or line its message gives (Node 20: "at position N"). */
export function jsonErrorLine(text: string, message: string): number {
  const ln = /line (\d+)/.exec(message);
  if (ln) return Number(ln[1]);
  const pos = /position (\d+)/.exec(message);
  return pos ? lineAt(text, Number(pos[1])) : 1;
}
