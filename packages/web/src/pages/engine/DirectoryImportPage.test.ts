import urql from '@urql/vue';
import { flushPromises, mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { createMemoryHistory, createRouter } from 'vue-router';
import DirectoryImportProgress from '../../components/directory/DirectoryImportProgress.vue';
import { applyLine, type ImportLine, type ImportState, ndjsonLines } from '../../composables/directoryImport';
import { fakeClient } from '../../test/fakeClient';
import DirectoryImportPage from './DirectoryImportPage.vue';

const enc = new TextEncoder();
/** A response body that arrives in the given chunks (lines may be cut anywhere). */
const streamOf = (chunks: string[]) =>
  new ReadableStream<Uint8Array>({
    start(c) {
      for (const s of chunks) c.enqueue(enc.encode(s));
      c.close();
    },
  });
const lines = (...l: ImportLine[]) => l.map((x) => `${JSON.stringify(x)}\n`).join('');

const BAD: ImportLine[] = [
  { type: 'progress', phase: 'parse', done: 3, total: 3 },
  { type: 'progress', phase: 'check', done: 0, total: 3 },
  {
    type: 'row-error',
    file: 'people.csv',
    line: 3,
    field: 'userPrincipalName',
    message: '"nope" is not a user principal name (alias@domain)',
  },
  { type: 'row-error', file: 'people.csv', line: 4, field: 'accountEnabled', message: '"maybe" is not true or false' },
  {
    type: 'failed',
    code: 'BAD_USER_INPUT',
    message: '2 problems in the import; nothing was imported',
    errors: 2,
    dropped: 0,
  },
];

async function mountPage(respond: (url: string, init: RequestInit) => Response) {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/directories', name: 'directories', component: { template: '<p />' } },
      { path: '/directories/:dir/users', name: 'directory-users', component: { template: '<p />' } },
      { path: '/directories/:dir/groups', name: 'directory-groups', component: { template: '<p />' } },
      { path: '/directories/:dir/import', name: 'directory-import', component: DirectoryImportPage },
    ],
  });
  await router.push('/directories/corp/import');
  await router.isReady();
  const { client } = fakeClient(() => ({
    data: {
      directory: {
        id: 'd1',
        slug: 'corp',
        name: 'Corp',
        seq: 0,
        purgeAfterDays: 30,
        sourceTenant: null,
        createdAt: '2026-11-01T00:00:00Z',
      },
    },
  }));
  const calls: { url: string; init: RequestInit }[] = [];
  const original = globalThis.fetch;
  globalThis.fetch = (async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    return respond(url, init);
  }) as typeof fetch;
  const wrapper = mount({ template: '<RouterView />' }, { global: { plugins: [router, [urql, client]] } });
  await flushPromises();
  const choose = async (name: string, text: string) => {
    const input = wrapper.get('[data-testid="import-file"]');
    Object.defineProperty(input.element, 'files', { value: [new File([text], name)], configurable: true });
    await input.trigger('change');
  };
  return { wrapper, calls, choose, restore: () => (globalThis.fetch = original) };
}

describe('DirectoryImportPage: progress and per-row errors', () => {
  it('posts the file with its format and name, then lists each bad row and says nothing was imported', async () => {
    const { wrapper, calls, choose, restore } = await mountPage(
      () => new Response(streamOf([lines(...BAD).slice(0, 70), lines(...BAD).slice(70)]), { status: 200 }),
    );
    try {
      await choose('people.csv', 'userPrincipalName\nann@x.example\nnope\n');
      expect(wrapper.get('[data-testid="import-file-name"]').text()).toContain('people.csv');
      await wrapper.get('[data-testid="import-form"]').trigger('submit');
      await flushPromises();
      await flushPromises();
      expect(calls).toHaveLength(1);
      expect(calls[0].url).toBe('/api/directories/corp/import?format=csv&kind=users&file=people.csv');
      expect(calls[0].init.method).toBe('POST');
      expect((calls[0].init.headers as Record<string, string>)['content-type']).toBe('text/csv');
      const rows = wrapper
        .findAll('[data-testid="import-errors"] tbody tr')
        .map((tr) => tr.findAll('td').map((td) => td.text()));
      expect(rows).toEqual([
        ['people.csv', '3', 'userPrincipalName', '"nope" is not a user principal name (alias@domain)'],
        ['people.csv', '4', 'accountEnabled', '"maybe" is not true or false'],
      ]);
      expect(wrapper.get('[data-testid="import-status"]').text()).toBe(
        '2 problems in the import; nothing was imported',
      );
      expect(wrapper.get('#import-progress-title').text()).toBe('Nothing was imported');
      expect(wrapper.find('[data-testid="import-bar"]').exists()).toBe(false);
    } finally {
      restore();
    }
  });

  it('fills the bar to 100% and shows the counts when the import is done', async () => {
    const ok = lines(
      { type: 'progress', phase: 'parse', done: 2, total: 2 },
      { type: 'progress', phase: 'check', done: 0, total: 2 },
      { type: 'progress', phase: 'write', done: 2, total: 2 },
      { type: 'done', dryRun: false, rows: 2, users: { created: 1, updated: 1, unchanged: 0, softDeleted: 0 } },
    );
    const { wrapper, choose, restore } = await mountPage(() => new Response(streamOf([ok]), { status: 200 }));
    try {
      await choose('people.csv', 'userPrincipalName\na@x.example\nb@x.example\n');
      await wrapper.get('[data-testid="import-form"]').trigger('submit');
      await flushPromises();
      await flushPromises();
      const bar = wrapper.get('[data-testid="import-bar"]').element as HTMLProgressElement;
      expect([bar.getAttribute('value'), bar.getAttribute('max')]).toEqual(['1', '1']);
      expect(wrapper.get('[data-testid="import-percent"]').text()).toBe('100%');
      expect(wrapper.get('[data-testid="import-status"]').text()).toBe('Imported 2 rows.');
      expect(wrapper.get('[data-testid="import-counts"]').text()).toBe(
        'Users: 1 created, 1 updated, 0 unchanged, 0 soft-deleted',
      );
    } finally {
      restore();
    }
  });

  it("shows a refusal before the import (the server's code and message)", async () => {
    const { wrapper, choose, restore } = await mountPage(
      () =>
        new Response(JSON.stringify({ error: { code: 'FORBIDDEN', message: 'Only a platform owner may import' } }), {
          status: 403,
          headers: { 'content-type': 'application/json' },
        }),
    );
    try {
      await choose('groups.json', '[]');
      await wrapper.get('[data-testid="import-form"]').trigger('submit');
      await flushPromises();
      await flushPromises();
      expect(wrapper.get('[data-testid="import-status"]').text()).toBe('Only a platform owner may import FORBIDDEN');
    } finally {
      restore();
    }
  });
});

describe('import progress', () => {
  const fresh = (): ImportState => ({
    running: true,
    phase: 'upload',
    rows: 0,
    done: 0,
    total: 0,
    errors: [],
    result: null,
    failure: null,
  });

  it('shows the write phase as a determinate bar with its figures', () => {
    const s = fresh();
    applyLine(s, { type: 'progress', phase: 'parse', done: 8000, total: 8000 });
    applyLine(s, { type: 'progress', phase: 'write', done: 5000, total: 8000 });
    const w = mount(DirectoryImportProgress, { props: { state: s } });
    expect(w.get('[data-testid="import-status"]').text()).toBe('Writing: 5,000 of 8,000');
    expect(w.get('[data-testid="import-percent"]').text()).toBe('63%');
    expect(w.get('[data-testid="import-bar"]').attributes('value')).toBe('5000');
  });

  it('before writing, the bar is indeterminate (no value)', () => {
    const s = fresh();
    applyLine(s, { type: 'progress', phase: 'check', done: 0, total: 3 });
    s.rows = 3;
    const w = mount(DirectoryImportProgress, { props: { state: s } });
    expect(w.get('[data-testid="import-bar"]').attributes('value')).toBeUndefined();
    expect(w.get('[data-testid="import-status"]').text()).toBe('Checking 3 rows against the directory…');
  });

  it('splits lines cut across chunks', async () => {
    const out: string[] = [];
    for await (const l of ndjsonLines(streamOf(['{"a":', '1}\n{"b"', ':2}\n\n{"c":3}']))) out.push(l);
    expect(out).toEqual(['{"a":1}', '{"b":2}', '{"c":3}']);
  });
});
