import urql from '@urql/vue';
import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h, ref } from 'vue';
import type { ObjectMapping } from '../../composables/mappingDraft';
import { fakeClient } from '../../test/fakeClient';
import ObjectMappingEditor from './ObjectMappingEditor.vue';

const X = 'urn:scim:schemas:extension:custom:egnyte:1.0:User';
const start = (): ObjectMapping => ({
  enabled: true,
  actions: { create: true, update: true, delete: true },
  mappings: [
    {
      kind: 'expression',
      source: 'Word([userPrincipalName], 1, "@")',
      target: 'userName',
      apply: 'createOnly',
      matchingPrecedence: 1,
    },
    { kind: 'direct', source: 'objectId', target: 'externalId', apply: 'always', matchingPrecedence: 2 },
    { kind: 'constant', source: 'sso', target: `${X}:authType`, apply: 'createOnly' },
  ],
});

/** The editor with v-model wired; `model()` is the object mapping as the page would hold it. */
function mountEditor(initial = start(), readonly = false) {
  const { client } = fakeClient(() => ({ data: {} }));
  const model = ref<ObjectMapping>(initial);
  const Host = defineComponent({
    setup: () => () =>
      h(ObjectMappingEditor, {
        modelValue: model.value,
        'onUpdate:modelValue': (v: ObjectMapping) => {
          model.value = v;
        },
        objectType: 'user',
        readonly,
      }),
  });
  const wrapper = mount(Host, { global: { plugins: [[urql, client]] }, attachTo: document.body });
  return { wrapper, model: () => JSON.parse(JSON.stringify(model.value)) as ObjectMapping };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('ObjectMappingEditor', () => {
  it('adds a direct mapping picked from the target list, matching last', async () => {
    const { wrapper, model } = mountEditor();
    await wrapper.get('[data-testid="add-mapping"]').trigger('click');
    const form = wrapper.get('[data-testid="mapping-form"]');
    await form.get('[data-testid="mapping-source"]').setValue('jobTitle');
    const target = form.get('[data-testid="target-input"]');
    await target.setValue('tit');
    // The picker lists what matches; Enter takes the highlighted one.
    const options = form.findAll('[role="option"]').map((o) => o.get('.mono').text());
    expect(options).toEqual(['title', 'entitlements']);
    await target.trigger('keydown', { key: 'ArrowDown' });
    expect(form.get('[aria-selected="true"]').text()).toContain('entitlements');
    await target.trigger('keydown', { key: 'ArrowUp' });
    await target.trigger('keydown', { key: 'Enter' });
    expect((target.element as HTMLInputElement).value).toBe('title');
    await form.get('[data-testid="mapping-default"]').setValue('Employee');
    await form.get('[data-testid="mapping-matching"]').setValue('true');
    expect(form.get('[data-testid="mapping-precedence"]').text()).toContain('Matching precedence 3');
    await form.get('[data-testid="mapping-apply"]').setValue('createOnly');
    await form.trigger('submit');

    expect(model().mappings).toEqual([
      ...start().mappings,
      {
        kind: 'direct',
        source: 'jobTitle',
        target: 'title',
        apply: 'createOnly',
        defaultValue: 'Employee',
        matchingPrecedence: 3,
      },
    ]);
    expect(wrapper.find('[data-testid="mapping-form"]').exists()).toBe(false);
    expect(wrapper.get('[data-testid="mapping-row-3"]').text()).toContain('precedence 3');
  });

  it('edits a mapping: a constant becomes an expression, applied always', async () => {
    const { wrapper, model } = mountEditor();
    await wrapper
      .get('[aria-label="Edit mapping 3 (urn:scim:schemas:extension:custom:egnyte:1.0:User:authType)"]')
      .trigger('click');
    const form = wrapper.get('[data-testid="mapping-form"]');
    expect((form.get('[data-testid="mapping-constant"]').element as HTMLInputElement).value).toBe('sso');
    await form.get('[data-testid="mapping-kind"]').setValue('expression');
    // The builder (CodeMirror) is loaded when first needed.
    await vi.waitFor(() => expect(form.find('[data-testid="expression-input"]').exists()).toBe(true), {
      timeout: 10_000,
    });
    await form.get('[data-testid="mapping-kind"]').setValue('constant');
    await form.get('[data-testid="mapping-constant"]').setValue('egnyte');
    await form.get('[data-testid="mapping-apply"]').setValue('always');
    await form.get('[data-testid="mapping-ok"]').trigger('submit');
    await form.trigger('submit');

    expect(model().mappings[2]).toEqual({
      kind: 'constant',
      source: 'egnyte',
      target: `${X}:authType`,
      apply: 'always',
    });
    expect(model().mappings.slice(0, 2)).toEqual(start().mappings.slice(0, 2));
  });

  it('deletes a mapping, closing the gap in matching precedence; a required one cannot be deleted', async () => {
    const { wrapper, model } = mountEditor({
      ...start(),
      mappings: [start().mappings[1], { ...start().mappings[0], matchingPrecedence: 2 }, start().mappings[2]],
    });
    expect(wrapper.get('[aria-label="Delete mapping 2 (userName)"]').attributes('disabled')).toBeDefined();
    await wrapper.get('[aria-label="Delete mapping 1 (externalId)"]').trigger('click');
    expect(model().mappings.map((m) => [m.target, m.matchingPrecedence ?? null])).toEqual([
      ['userName', 1],
      [`${X}:authType`, null],
    ]);
    expect(wrapper.get('[role="status"]').text()).toBe('Deleted the mapping to externalId. Discard changes to undo.');
  });

  it('reorders matching precedence with the up and down buttons', async () => {
    const { wrapper, model } = mountEditor();
    const order = () => wrapper.findAll('[data-testid="matching-order"] .match-target').map((e) => e.text());
    expect(order()).toEqual(['userName', 'externalId']);
    expect(wrapper.get('[aria-label="Move userName up"]').attributes('disabled')).toBeDefined();
    await wrapper.get('[aria-label="Move externalId up"]').trigger('click');
    await flushPromises();
    expect(order()).toEqual(['externalId', 'userName']);
    expect(model().mappings.map((m) => m.matchingPrecedence ?? null)).toEqual([2, 1, null]);
    await wrapper.get('[aria-label="Move externalId down"]').trigger('click');
    expect(model().mappings.map((m) => m.matchingPrecedence ?? null)).toEqual([1, 2, null]);
  });

  it('shows the problems the server would refuse, on their row', async () => {
    const { wrapper } = mountEditor({
      ...start(),
      mappings: [...start().mappings, { kind: 'direct', source: 'mail', target: 'nosuch', apply: 'always' }],
    });
    const row = wrapper.get('[data-testid="mapping-row-3"]');
    expect(row.classes()).toContain('has-error');
    expect(row.element.nextElementSibling?.textContent).toContain('MAP_INVALID_TARGET');
  });

  it('adds a custom target attribute, then offers it in the picker with its type', async () => {
    const { wrapper, model } = mountEditor();
    const name = 'urn:ietf:params:scim:schemas:extension:acme:2.0:User:costCode';
    await wrapper.get('[data-testid="custom-name"]').setValue(name);
    await wrapper.get('[data-testid="custom-type"]').setValue('Integer');
    await wrapper.get('[data-testid="custom-name"]').element.closest('form')?.dispatchEvent(new Event('submit'));
    await flushPromises();
    expect(model().targetAttributes).toEqual([{ name, type: 'Integer' }]);

    await wrapper.get('[data-testid="custom-name"]').setValue('costCode');
    await wrapper.get('[data-testid="custom-name"]').element.closest('form')?.dispatchEvent(new Event('submit'));
    await flushPromises();
    expect(wrapper.get('[role="alert"]').text()).toContain('must be a URN-qualified simple attribute');
    expect(model().targetAttributes).toHaveLength(1);

    await wrapper.get('[data-testid="add-mapping"]').trigger('click');
    await wrapper.get('[data-testid="target-input"]').setValue('costcode');
    const option = wrapper.get('[role="option"]');
    expect(option.text()).toContain(name);
    expect(option.text()).toContain('Integer');
    expect(option.text()).toContain('custom');
  });

  it('offers no control that changes anything when read-only', () => {
    const { wrapper } = mountEditor(start(), true);
    expect(wrapper.find('[data-testid="add-mapping"]').exists()).toBe(false);
    expect(wrapper.findAll('button').filter((b) => /Edit|Delete|Up|Down|Add/.test(b.text()))).toEqual([]);
    expect(wrapper.findAll('input:not([disabled])')).toEqual([]);
  });
});
