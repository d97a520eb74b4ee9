import urql from '@urql/vue';
import { flushPromises, mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { type Answer, fakeClient } from '../../test/fakeClient';
import ProvisioningLogDetail from './ProvisioningLogDetail.vue';
import { appRouter, failedEntry } from './testSetup';

async function mountDetail(answer: Answer, path = '/apps/hr-to-usw/logs?status=failure&entry=l9') {
  const { client, seen } = fakeClient(() => answer);
  const router = await appRouter(path);
  const wrapper = mount(ProvisioningLogDetail, {
    props: { id: 'l9' },
    global: { plugins: [[urql, client], router] },
    attachTo: document.body,
  });
  await flushPromises();
  return { wrapper, seen };
}

describe('ProvisioningLogDetail', () => {
  it('shows a failure: error code, message and advice, every step with its status, modified properties old -> new', async () => {
    const { wrapper, seen } = await mountDetail({ data: { provisioningLog: failedEntry() } });
    expect(seen).toEqual([{ name: 'ProvisioningLogEntry', variables: { id: 'l9' } }]);
    expect(wrapper.get('h2').text()).toBe('Zoë Bad');
    expect(wrapper.findAll('.plog-detail-status > span').map((x) => x.text())).toEqual([
      'Failure',
      'Other user',
      '· 2026-12-02 10:00:00 UTC · 12 ms',
    ]);
    const error = wrapper.get('[data-testid="plog-error"]');
    expect(error.get('.plog-error-code').text()).toBe('Error code: SCIM_400');
    expect(error.text()).toContain('userName "-zoe" must start with a letter or digit');
    expect(wrapper.get('.hint').text()).toContain('The target refused a value');

    const steps = wrapper.findAll('[data-testid="plog-steps"] > li');
    expect(
      steps.map((s) => [s.get('.plog-step-title').text(), s.get('.badge').text(), s.get('.badge').classes()]),
    ).toEqual([
      ['Import user', 'Success', ['badge', 'ok']],
      ['Determine if user is in scope', 'InScope', ['badge', 'ok']],
      ['Match user between source and target', 'noMatch', ['badge', 'muted-badge']],
      ['Perform action', 'Failure', ['badge', 'bad']],
    ]);
    // short details inline, a small object of plain values as `k: v · k: v`
    expect(steps[1].findAll('dt').map((d) => d.text())).toEqual(['inScope', 'reason']);
    expect(steps[1].findAll('dd').map((d) => d.text())).toEqual(['true', 'assigned']);
    expect(steps[0].get('dd').text()).toBe('objectId: src-9 · displayName: Zoë Bad');
    expect(steps[2].get('dd').text()).toBe('["userName eq \\"-zoe\\""]');

    const modified = wrapper
      .findAll('[data-testid="plog-modified"] tbody tr')
      .map((r) => r.findAll('td').map((td) => td.text()));
    expect(modified).toEqual([
      ['userName', '—', '→', '-zoe'],
      ['authType', 'egnyte', '→', 'sso'],
    ]);
    const facts = Object.fromEntries(
      wrapper.findAll('.facts dt').map((dt, i) => [dt.text(), wrapper.findAll('.facts dd')[i].text()]),
    );
    expect(facts).toMatchObject({
      'Source id': 'src-9',
      'Target id': '—',
      Request: 'POST /Users',
      "Target's status": '400',
      Retries: '0',
      Cycle: '0192f1a2…',
    });
    // the cycle is a link to this page filtered to it, the other filters and the entry kept
    expect(wrapper.get('.facts a').attributes('href')).toBe(
      '/apps/hr-to-usw/logs?cycle=0192f1a2-3b4c-7d5e-8f90-123456789abc&status=failure&entry=l9',
    );
    // the keyboard lands on the heading
    expect(document.activeElement).toBe(wrapper.get('h2').element);
    wrapper.unmount();
  });

  it('a skip shows its reason as a warning, without error styling', async () => {
    const skipped = failedEntry({
      status: 'SKIPPED',
      action: 'SKIP',
      errorCode: 'NotEffectivelyEntitled',
      errorMessage: 'Not assigned to the app',
      modified: [],
    });
    const { wrapper } = await mountDetail({ data: { provisioningLog: skipped } });
    expect(wrapper.get('[data-testid="plog-error"]').classes()).toContain('warn');
    expect(wrapper.get('.plog-error-code').text()).toBe('Reason: NotEffectivelyEntitled');
    expect(wrapper.get('.hint').text()).toContain('not assigned to the app');
    expect(wrapper.text()).toContain('No attribute changed.');
    wrapper.unmount();
  });

  it("shows the server's refusal with its code", async () => {
    const { wrapper } = await mountDetail({ error: 'Provisioning log entry l9 not found', code: 'NOT_FOUND' });
    expect(wrapper.get('[role="alert"]').text()).toContain('Provisioning log entry l9 not found (NOT_FOUND)');
    expect(wrapper.find('[data-testid="plog-steps"]').exists()).toBe(false);
    wrapper.unmount();
  });

  it('closes with the ✕ button and with Escape', async () => {
    const { wrapper } = await mountDetail({ data: { provisioningLog: failedEntry() } });
    await wrapper.get('button[aria-label="Close entry detail"]').trigger('click');
    await wrapper.get('h2').trigger('keydown', { key: 'Escape' });
    expect(wrapper.emitted('close')).toHaveLength(2);
    wrapper.unmount();
  });
});
