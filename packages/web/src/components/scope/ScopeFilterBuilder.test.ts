import { SCOPING_OPERATORS } from '@scimdesk/scim';
import { mount, type VueWrapper } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import type { ScopingFilterFile } from '../../composables/appProposal';
import {
  type FilterDraft,
  filterDraftOf,
  filterFileOf,
  localProblems,
  problemsByPlace,
  type ScopeDraft,
} from '../../composables/scopeDraft';
import ScopeFilterBuilder from './ScopeFilterBuilder.vue';

/** The builder under a v-model, as the page holds it; `file()` is what the app file would get. */
function mountBuilder(start: FilterDraft = { groups: [] }, extra: Record<string, unknown> = {}) {
  let model = start;
  const wrapper: VueWrapper = mount(ScopeFilterBuilder, {
    attachTo: document.body,
    props: {
      modelValue: model,
      kind: 'userFilter',
      noun: 'users',
      attributes: ['department', 'employeeId', 'accountEnabled'],
      'onUpdate:modelValue': async (v: FilterDraft) => {
        model = v;
        await wrapper.setProps({ modelValue: v });
      },
      ...extra,
    },
  });
  return { wrapper, file: () => filterFileOf(model), model: () => model };
}

const clauseRows = (w: VueWrapper, group: number) => w.get(`[data-testid="group-userFilter-${group}"]`).findAll('li');

describe('ScopeFilterBuilder', () => {
  it('builds groups of clauses into the exact scoping filter JSON of the app file', async () => {
    const { wrapper, file } = mountBuilder();
    expect(wrapper.get('[data-testid="filter-empty"]').text()).toContain('every one of the users');
    await wrapper.get('[data-testid="add-group"]').trigger('click');
    let rows = clauseRows(wrapper, 0);
    await rows[0].get('[data-testid="clause-attribute"]').setValue('department');
    await rows[0].get('[data-testid="clause-operator"]').setValue('EQUALS');
    await rows[0].get('[data-testid="clause-value"]').setValue('Sales');
    await wrapper.get('[data-testid="add-clause"]').trigger('click');
    rows = clauseRows(wrapper, 0);
    await rows[1].get('[data-testid="clause-attribute"]').setValue('accountEnabled');
    await rows[1].get('[data-testid="clause-operator"]').setValue('IS TRUE');
    await wrapper.get('#userFilter-0-title').setValue('  Sales staff ');
    await wrapper.get('[data-testid="add-group"]').trigger('click');
    const second = clauseRows(wrapper, 1);
    await second[0].get('[data-testid="clause-attribute"]').setValue(' employeeId ');
    await second[0].get('[data-testid="clause-operator"]').setValue('GREATER_THAN_OR_EQUALS');
    await second[0].get('[data-testid="clause-value"]').setValue('1000');

    expect(file()).toEqual({
      groups: [
        {
          title: 'Sales staff',
          clauses: [
            { attribute: 'department', operator: 'EQUALS', value: 'Sales' },
            { attribute: 'accountEnabled', operator: 'IS TRUE' },
          ],
        },
        { clauses: [{ attribute: 'employeeId', operator: 'GREATER_THAN_OR_EQUALS', value: '1000' }] },
      ],
    });
    expect(wrapper.findAll('.scope-or')).toHaveLength(1);
    // The new clause's attribute box has the focus after "Add clause" and "Add group".
    expect(document.activeElement?.id).toBe('userFilter-1-0-attribute');
    wrapper.unmount();
  });

  it('shows an app file filter as it is, and gives the same JSON back', () => {
    const saved: ScopingFilterFile = {
      groups: [
        {
          title: 'Engineers',
          clauses: [
            { attribute: 'department', operator: 'REGEX MATCH', value: '^Eng.*' },
            { attribute: 'mail', operator: 'IS NOT NULL' },
          ],
        },
        { clauses: [{ attribute: 'employeeId', operator: 'LESS_THAN', value: '500' }] },
      ],
    };
    const { wrapper } = mountBuilder(filterDraftOf(saved));
    const rows = clauseRows(wrapper, 0);
    expect((rows[0].get('[data-testid="clause-attribute"]').element as HTMLInputElement).value).toBe('department');
    expect((rows[0].get('[data-testid="clause-operator"]').element as HTMLSelectElement).value).toBe('REGEX MATCH');
    expect((rows[0].get('[data-testid="clause-value"]').element as HTMLInputElement).value).toBe('^Eng.*');
    expect(rows[1].find('[data-testid="clause-value"]').exists()).toBe(false);
    expect((wrapper.get('#userFilter-0-title').element as HTMLInputElement).value).toBe('Engineers');
    expect(filterFileOf(filterDraftOf(saved))).toEqual(saved);
    wrapper.unmount();
  });

  it("takes Entra's other operator spellings and writes the engine's", () => {
    const draft = filterDraftOf({
      groups: [{ clauses: [{ attribute: 'employeeId', operator: 'Greater_Than', value: '7' }] }],
    });
    expect(filterFileOf(draft)).toEqual({
      groups: [{ clauses: [{ attribute: 'employeeId', operator: 'GREATER_THAN', value: '7' }] }],
    });
  });

  it('hides the value box for an operator without a value, and leaves the value out of the JSON', async () => {
    const { wrapper, file } = mountBuilder();
    await wrapper.get('[data-testid="add-group"]').trigger('click');
    const row = () => clauseRows(wrapper, 0)[0];
    await row().get('[data-testid="clause-attribute"]').setValue('mail');
    await row().get('[data-testid="clause-value"]').setValue('x@y');
    for (const op of ['IS TRUE', 'IS FALSE', 'IS NULL', 'IS NOT NULL']) {
      await row().get('[data-testid="clause-operator"]').setValue(op);
      expect(row().find('[data-testid="clause-value"]').exists()).toBe(false);
      expect(row().get('[data-testid="clause-no-value"]').text()).toBe('no value');
      expect(file().groups[0].clauses[0]).toEqual({ attribute: 'mail', operator: op });
    }
    await row().get('[data-testid="clause-operator"]').setValue('ENDS_WITH');
    expect((row().get('[data-testid="clause-value"]').element as HTMLInputElement).value).toBe('x@y');
    expect(file().groups[0].clauses[0]).toEqual({ attribute: 'mail', operator: 'ENDS_WITH', value: 'x@y' });
    wrapper.unmount();
  });

  it('offers every operator the engine evaluates, and nothing else', async () => {
    const { wrapper } = mountBuilder();
    await wrapper.get('[data-testid="add-group"]').trigger('click');
    const options = clauseRows(wrapper, 0)[0].findAll('[data-testid="clause-operator"] option');
    expect(options.map((o) => o.attributes('value'))).toEqual([...SCOPING_OPERATORS]);
    expect(SCOPING_OPERATORS).toHaveLength(16);
    wrapper.unmount();
  });

  it('removing the last clause of a group removes the group', async () => {
    const { wrapper, model } = mountBuilder();
    await wrapper.get('[data-testid="add-group"]').trigger('click');
    await wrapper.get('[data-testid="add-group"]').trigger('click');
    await clauseRows(wrapper, 0)[0].get('[data-testid="clause-remove"]').trigger('click');
    expect(model().groups).toHaveLength(1);
    expect(wrapper.findAll('fieldset')).toHaveLength(1);
    wrapper.unmount();
  });

  it("shows the engine's problems under the field they are about", async () => {
    const draft: ScopeDraft = {
      mode: 'all',
      users: [],
      groups: [],
      userFilter: filterDraftOf({
        groups: [
          {
            clauses: [
              { attribute: 'employeeId', operator: 'GREATER_THAN', value: 'many' },
              { attribute: '', operator: 'EQUALS', value: 'x' },
              { attribute: 'upn', operator: 'REGEX MATCH', value: '(' },
            ],
          },
        ],
      }),
      groupFilter: { groups: [] },
    };
    const problems = problemsByPlace(localProblems(draft));
    expect([...problems.keys()]).toEqual(['userFilter.0.0.value', 'userFilter.0.1.attribute', 'userFilter.0.2.value']);
    const { wrapper } = mountBuilder(draft.userFilter, { problems });
    const rows = clauseRows(wrapper, 0);
    expect(rows[0].get('#userFilter-0-0-value-problem').text()).toBe(
      'GREATER_THAN needs an integer value, got "many".',
    );
    expect(rows[0].get('[data-testid="clause-value"]').attributes('aria-invalid')).toBe('true');
    expect(rows[1].get('#userFilter-0-1-attribute-problem').text()).toBe('A clause needs a source attribute.');
    expect(rows[2].get('#userFilter-0-2-value-problem').text()).toContain('Invalid regular expression');
    wrapper.unmount();
  });

  it('read-only, lists the clauses as text and offers no control', () => {
    const { wrapper } = mountBuilder(
      filterDraftOf({
        groups: [
          {
            title: 'Not the admin',
            clauses: [
              { attribute: 'userPrincipalName', operator: 'NOT EQUALS', value: 'admin@acme.example' },
              { attribute: 'accountEnabled', operator: 'IS TRUE' },
            ],
          },
        ],
      }),
      { readonly: true },
    );
    expect(wrapper.findAll('input, select, button')).toHaveLength(0);
    expect(wrapper.get('legend').text()).toBe('Scoping filter group 1: Not the admin');
    expect(wrapper.findAll('code').map((c) => c.text())).toEqual([
      'userPrincipalName NOT EQUALS admin@acme.example',
      'accountEnabled IS TRUE',
    ]);
    wrapper.unmount();
  });
});
