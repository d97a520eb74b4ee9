import urql from '@urql/vue';
import { flushPromises, mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import type { HeldDeleteFieldsFragment } from '../../graphql/generated';
import { fakeClient } from '../../test/fakeClient';
import HeldDeletes from './HeldDeletes.vue';

const held = (id: string, over: Partial<HeldDeleteFieldsFragment> = {}): HeldDeleteFieldsFragment => ({
  objectType: 'user',
  sourceId: id,
  sourceName: `${id}@acme.example`,
  targetId: `t-${id}`,
  action: 'Disable',
  allowed: false,
  heldAt: '2026-12-01T10:00:00Z',
  heldBy: 'c1',
  ...over,
});

function mountHeld(
  objects: HeldDeleteFieldsFragment[],
  canEdit = true,
  extra: Parameters<typeof fakeClient>[0] = () => ({ data: {} }),
) {
  const { client, seen } = fakeClient((name, v) =>
    name === 'HeldDeletes'
      ? {
          data: {
            app: {
              id: 'a1',
              name: 'acme',
              heldDeletes: objects.filter((o) => !o.allowed).length,
              deletionThreshold: 2,
              heldObjects: objects,
            },
          },
        }
      : extra(name, v),
  );
  const wrapper = mount(HeldDeletes, { props: { app: 'acme', canEdit }, global: { plugins: [[urql, client]] } });
  return { wrapper, seen };
}

describe('HeldDeletes', () => {
  it('allows the chosen objects after a confirmation', async () => {
    const { wrapper, seen } = mountHeld([held('u1'), held('u2'), held('u3', { allowed: true })], true, () => ({
      data: {
        allowHeldDeletes: {
          changed: 1,
          cycle: { id: 'c2c2c2c2-x', status: 'QUEUED' },
          app: { id: 'a1', heldDeletes: 1 },
        },
      },
    }));
    await flushPromises();
    expect(wrapper.get('[data-testid="held-count"]').text()).toBe('2 held');
    expect(wrapper.get('[data-testid="held-u3"]').text()).toContain('Allowed, not sent yet');
    expect(wrapper.find('[data-testid="held-u3"] input').exists()).toBe(false);
    await wrapper.get('[data-testid="held-u2"] input').setValue(true);
    await wrapper.get('[data-testid="held-allow-selected"]').trigger('click');
    expect(wrapper.get('[role="alertdialog"]').text()).toContain('Allow 1 chosen object?');
    await wrapper.get('[data-testid="held-confirm"]').trigger('click');
    await flushPromises();
    expect(seen.find((s) => s.name === 'AllowHeldDeletes')?.variables).toEqual({ app: 'acme', sourceIds: ['u2'] });
    expect(wrapper.get('[role="status"]').text()).toBe('1 object allowed. Cycle c2c2c2c2 sends them now.');
    expect(wrapper.emitted('changed')).toHaveLength(1);
  });

  it('rejects all with sourceIds null', async () => {
    const { wrapper, seen } = mountHeld([held('u1')], true, () => ({
      data: { rejectHeldDeletes: { changed: 1, app: { id: 'a1', heldDeletes: 0 } } },
    }));
    await flushPromises();
    await wrapper.get('[data-testid="held-reject-all"]').trigger('click');
    await wrapper.get('[data-testid="held-confirm"]').trigger('click');
    await flushPromises();
    expect(seen.find((s) => s.name === 'RejectHeldDeletes')?.variables).toEqual({ app: 'acme', sourceIds: null });
    expect(wrapper.get('[role="status"]').text()).toBe('1 held object rejected: the target keeps them.');
  });

  it('shows a viewer the held objects and no control', async () => {
    const { wrapper } = mountHeld([held('u1')], false);
    await flushPromises();
    expect(wrapper.find('[data-testid="held-u1"]').exists()).toBe(true);
    expect(wrapper.findAll('button')).toHaveLength(0);
    expect(wrapper.findAll('input')).toHaveLength(0);
  });

  it('says when nothing is held', async () => {
    const { wrapper } = mountHeld([]);
    await flushPromises();
    expect(wrapper.get('[data-testid="held-empty"]').text()).toContain('Nothing is held');
  });
});
