/**
 * CodeMirror 6 support for Entra's expression language: highlighting (a stream tokenizer with the
 * token rules of packages/scim/src/expression/tokenizer.ts), completion of function names and of
 * `[attribute]` names, and the editor's look.
 */
import { autocompletion, type CompletionContext, type CompletionResult } from '@codemirror/autocomplete';
import { StreamLanguage } from '@codemirror/language';
import type { Extension } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { expressionFunctionNames } from '@scimdesk/scim';

export const expressionLanguage = StreamLanguage.define<{ inAttribute: boolean }>({
  name: 'entra-expression',
  startState: () => ({ inAttribute: false }),
  token(stream) {
    if (stream.eatSpace()) return null;
    if (stream.match(/^"(?:[^"\\]|\\.)*"?/)) return 'string';
    if (stream.match(/^\[(?:[^\]["]|\[[^\]]*\])*\]?/)) return 'atom';
    if (stream.match(/^&[Hh][0-9A-Fa-f]*/) || stream.match(/^-?\d+(?:\.\d+)?/)) return 'number';
    if (stream.match(/^[A-Za-z_][A-Za-z0-9_]*(?=\s*\()/)) return 'keyword';
    if (stream.match(/^[A-Za-z_][A-Za-z0-9_]*/)) return 'variableName';
    if (stream.match(/^(?:<>|>=|<=|[=<>])/)) return 'operator';
    if (stream.match(/^[(),]/)) return 'punctuation';
    stream.next();
    return 'invalid';
  },
});

const FUNCTIONS = expressionFunctionNames().map((name) => ({
  label: name,
  type: 'function',
  apply: `${name}(`,
  detail: 'function',
}));

/** Completion: function names where a name is typed, attribute names after `[`. */
export function expressionCompletion(attributes: () => readonly string[]): Extension {
  const source = (ctx: CompletionContext): CompletionResult | null => {
    const attr = ctx.matchBefore(/\[[^\]["]*$/);
    if (attr) {
      const closed = ctx.state.sliceDoc(ctx.pos, ctx.pos + 1) === ']';
      return {
        from: attr.from + 1,
        options: attributes().map((name) => ({ label: name, type: 'property', apply: closed ? name : `${name}]` })),
        validFor: /^[^\]["]*$/,
      };
    }
    const word = ctx.matchBefore(/[A-Za-z_][A-Za-z0-9_]*$/);
    if (!word || (word.from === word.to && !ctx.explicit)) return null;
    const before = ctx.state.sliceDoc(Math.max(0, word.from - 1), word.from);
    if (before === '"') return null;
    return { from: word.from, options: FUNCTIONS, validFor: /^[A-Za-z0-9_]*$/ };
  };
  return autocompletion({ override: [source], activateOnTyping: true, icons: false });
}

export const expressionTheme = EditorView.theme({
  '&': {
    border: '1px solid #c3c9d4',
    borderRadius: '5px',
    background: '#fff',
    fontSize: '0.92rem',
  },
  '&.cm-focused': { outline: '3px solid #7aa2ff', outlineOffset: '2px' },
  '.cm-content': {
    fontFamily: 'ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace',
    padding: '6px 0',
    minHeight: '3.2em',
  },
  '.cm-line': { padding: '0 8px' },
  '&.cm-readonly': { background: '#f7f8fa' },
  '.cm-tooltip-lint': { maxWidth: '480px' },
});
