import { expect, type Page, test } from '@playwright/test';
import { shot, signIn } from './helpers.js';
import { type E2eSetup, readSetup } from './setup.js';

/** Read when the tests start: global setup writes it after the test files are listed. */
let setup: E2eSetup;
test.beforeAll(() => {
  setup = readSetup();
});

/** Buttons that change nothing: navigation, paging, filters, copy, export, the event detail. */
const HARMLESS =
  /^(Sign out|Retry|Clear|← Previous|Next →|Export CSV|Export JSON|Copy .*|Close event detail|Show \d+ revoked tokens?|Hide revoked tokens|\d{4}-\d{2}-\d{2} .*)$/;

async function expectReadOnly(page: Page) {
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  for (const name of await page.getByRole('button').allInnerTexts()) expect(name.trim()).toMatch(HARMLESS);
  await expect(page.getByRole('checkbox')).toHaveCount(0);
  await expect(page.locator('form.token-form, .controls')).toHaveCount(0);
}

test('a viewer sees every page and no control that changes anything', async ({ page }) => {
  await signIn(page, setup.viewer, setup.password);
  await expect(page.getByTestId('who')).toContainText('viewer');
  const t = setup.tenant;
  const pages: [string, string][] = [
    [`/t/${t}`, '11-viewer-overview'],
    [`/t/${t}/users`, '12-viewer-users'],
    [`/t/${t}/groups`, '13-viewer-groups'],
    [`/t/${t}/tokens`, '14-viewer-tokens'],
    [`/t/${t}/log`, '15-viewer-log'],
  ];
  for (const [path, name] of pages) {
    await page.goto(path);
    await expectReadOnly(page);
    await shot(page, name);
  }
  await page.goto(`/t/${t}/users?q=alice`);
  await page.getByRole('link', { name: 'e2e.alice' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('e2e.alice');
  await expectReadOnly(page);
  await shot(page, '16-viewer-user');
});
