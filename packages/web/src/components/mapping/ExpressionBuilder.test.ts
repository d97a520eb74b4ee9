import { forEachDiagnostic } from '@codemirror/lint';
import { EditorView } from '@codemirror/view';
import urql from '@urql/vue';
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h, ref } from 'vue';
import { type Answer, fakeClient } from '../../test/fakeClient';
import ExpressionBuilder from './ExpressionBuilder.vue';

const adele = { userPrincipalName: 'Adele.Vance@contoso.com', mail: null };

/** The builder with v-model wired, as the mapping form uses it. */
function mountBuilder(answer: (vars: Record<string, unknown>) => Answer, initial = '') {
  const { client, seen } = fakeClient((_name, vars) => answer(vars));
  const Host = defineComponent({
    setup() {
      const text = ref(initial);
      return () =>
        h(ExpressionBuilder, {
          modelValue: text.value,
          'onUpdate:modelValue': (v: string) => {
            text.value = v;
          },
          source: adele,
          sourceLabel: 'Adele.Vance@contoso.com',
          attributes: ['userPrincipalName', 'mail'],
        });
    },
  });
  const wrapper = mount(Host, { global: { plugins: [[urql, client]] }, attachTo: document.body });
  return { wrapper, seen };
}

function editor(wrapper: VueWrapper): EditorView {
  const view = EditorView.findFromDOM(wrapper.get('.cm-editor').element as HTMLElement);
  if (!view) throw new Error('no CodeMirror view');
  return view;
}

/** Types `text` at the end, as a keyboard would (one change per character). */
function type(view: EditorView, text: string) {
  for (const ch of text)
    view.dispatch({ changes: { from: view.state.doc.length, insert: ch }, userEvent: 'input.type' });
}

async function settle() {
  await vi.advanceTimersByTimeAsync(400);
  await flushPromises();
}

function cmDiagnostics(view: EditorView) {
  const out: { from: number; to: number; severity: string; message: string }[] = [];
  forEachDiagnostic(view.state, (d, from, to) => out.push({ from, to, severity: d.severity, message: d.message }));
  return out;
}

describe('ExpressionBuilder', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
    document.body.innerHTML = '';
  });

  it('underlines an invalid expression at the misspelt function and lists it with its line and column', async () => {
    const { wrapper, seen } = mountBuilder(() => ({ data: {} }));
    const view = editor(wrapper);
    type(view, 'Coalesce([mail], Wrod([userPrincipalName], 1, "@"))');
    await settle();

    const [d, ...rest] = cmDiagnostics(view);
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ from: 17, to: 21, severity: 'error' });
    expect(view.state.sliceDoc(d.from, d.to)).toBe('Wrod');
    expect(wrapper.get('.cm-lintRange-error').text()).toBe('Wrod');
    const items = wrapper.findAll('[data-testid="expression-diagnostics"] li');
    expect(items.map((li) => li.text().replace(/\s+/g, ' '))).toEqual([
      'error Line 1, column 18: Unknown function "Wrod". EXPR_UNKNOWN_FUNCTION',
    ]);
    expect(wrapper.get('[data-testid="expression-preview"]').text()).toContain('fix the error above to see it');
    // An expression that does not compile is not sent for evaluation.
    expect(seen).toEqual([]);
  });

  it('lists every problem, and moves the cursor to one from the list', async () => {
    const { wrapper } = mountBuilder(() => ({ data: {} }), 'Append([mail] "x")');
    await settle();
    const view = editor(wrapper);
    const ds = cmDiagnostics(view);
    expect(ds.map((d) => view.state.sliceDoc(d.from, d.to))).toEqual(['Append', '"x"']);
    const buttons = wrapper.findAll('[data-testid="expression-diagnostics"] button');
    expect(buttons.map((b) => b.text())).toEqual(['Line 1, column 1', 'Line 1, column 15']);
    await buttons[1].trigger('click');
    expect(view.state.selection.main).toMatchObject({ from: 14, to: 17 });
  });

  it('shows the value of a valid expression for the picked source user, evaluated by the server', async () => {
    const { wrapper, seen } = mountBuilder((vars) => ({
      data: {
        previewExpression: {
          value: vars.expression === 'Word([userPrincipalName], 1, "@")' ? 'Adele.Vance' : 'unexpected',
          ignoreFlow: false,
          diagnostics: [],
        },
      },
    }));
    const view = editor(wrapper);
    type(view, 'Word([userPrincipalName], 1, "@")');
    await settle();

    expect(cmDiagnostics(view)).toEqual([]);
    expect(wrapper.find('[data-testid="expression-diagnostics"]').exists()).toBe(false);
    expect(wrapper.get('[data-testid="expression-value"]').text()).toBe('"Adele.Vance"');
    expect(wrapper.get('[data-testid="expression-preview"]').text()).toContain('Value for Adele.Vance@contoso.com');
    // Debounced: one evaluation for the whole typed text, with the picked source object.
    expect(seen).toEqual([
      {
        name: 'MappingPreviewExpression',
        variables: { expression: 'Word([userPrincipalName], 1, "@")', source: adele },
      },
    ]);
  });

  it("adds the server's evaluation problems at their position, and its errors with their code", async () => {
    const expression = 'Replace([mail], , "(", , "", , )';
    const { wrapper } = mountBuilder(
      () => ({
        data: {
          previewExpression: {
            value: null,
            ignoreFlow: false,
            diagnostics: [
              {
                code: 'EXPR_INVALID_REGEX',
                severity: 'error',
                message: 'Invalid regular expression: missing )',
                offset: 18,
                line: 1,
                column: 19,
              },
            ],
          },
        },
      }),
      expression,
    );
    await settle();
    const view = editor(wrapper);
    const [d] = cmDiagnostics(view);
    expect(view.state.sliceDoc(d.from, d.to)).toBe('"("');
    expect(wrapper.get('[data-testid="expression-diagnostics"]').text()).toContain(
      'Line 1, column 19: Invalid regular expression: missing )',
    );

    const failing = mountBuilder(() => ({ error: 'Preview took too long', code: 'PREVIEW_TIMEOUT' }), '[mail]');
    await settle();
    expect(failing.wrapper.get('[role="alert"]').text()).toBe(
      'could not evaluate: Preview took too long (PREVIEW_TIMEOUT)',
    );
  });
});
