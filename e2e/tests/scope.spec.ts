import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { ENGINE } from './engine.js';
import { signIn } from './helpers.js';
import { type E2eSetup, readSetup } from './setup.js';

/**
 * The SCOPE page of an app (issue 11 item 4) as a platform owner: the counts now, a clause added to
 * the scoping filter changes the proposed count and names who leaves, saving goes through the plan
 * (reviewed, applied), and the app's scope is then put back the same way, so later specs find the
 * app as global-setup made it (tests/engine.ts: Dana, Eli and Fay in scope, Gus filtered out).
 */
let setup: E2eSetup;
test.beforeAll(() => {
  setup = readSetup();
});
test.describe.configure({ mode: 'serial' });

const SCREENS = join(import.meta.dirname, '..', 'test-results', 'screens');

async function screen(page: Page, name: string) {
  mkdirSync(SCREENS, { recursive: true });
  await page.waitForLoadState('networkidle');
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  await page.screenshot({ path: join(SCREENS, `${name}.png`), fullPage: true });
}

/** Review and save, apply the plan, and wait for its cycle to finish. */
async function saveThroughPlan(page: Page) {
  await page.getByTestId('review-save').click();
  const review = page.getByTestId('plan-review');
  await expect(review.getByTestId('plan-status')).toHaveText('Ready', { timeout: 30_000 });
  await review.getByTestId('plan-apply').click();
  await review.getByTestId('plan-confirm').click();
  await expect(review.getByTestId('plan-outcome')).toContainText('Applied:', { timeout: 30_000 });
  await expect(page.getByTestId('save-bar')).toContainText('No unsaved changes.');
}

test('a scoping filter clause changes who is in scope, and is saved through the plan', async ({ page }) => {
  await signIn(page, setup.owner, setup.password);
  await page.goto(`/apps/${ENGINE.app}/scope`);
  await expect(page.getByRole('heading', { name: 'Scope', exact: true, level: 1 })).toBeVisible();
  await expect(page.getByTestId('now-users')).toHaveText('3 of 4');
  await expect(page.getByTestId('now-groups')).toHaveText('1 of 1');
  await expect(page.getByTestId('assigned-groups-item')).toContainText(ENGINE.group.displayName);
  await expect(page.getByTestId('assigned-users-item')).toContainText('fay.ops@e2e.example');

  // The filter as saved: department NOT EQUALS Contractors. Add: AND givenName NOT EQUALS Eli.
  const group = page.getByTestId('group-userFilter-0');
  await group.getByTestId('add-clause').click();
  const clause = group.locator('li').nth(1);
  await expect(clause.getByTestId('clause-attribute')).toBeFocused();
  await clause.getByTestId('clause-attribute').fill('givenName');
  await clause.getByTestId('clause-operator').selectOption('IS NULL');
  await expect(clause.getByTestId('clause-value')).toHaveCount(0);
  await clause.getByTestId('clause-operator').selectOption('NOT EQUALS');
  await clause.getByTestId('clause-value').fill('Eli');

  await expect(page.getByTestId('proposed-users')).toHaveText('2 (−1)');
  await expect(page.getByTestId('leaving-users')).toHaveText('1 user leaving');
  await expect(page.getByTestId('leaving-item')).toContainText('eli.eng@e2e.example');
  await expect(page.getByTestId('leaving-item')).toContainText('givenName NOT EQUALS Eli failed');
  await screen(page, 'scope');
  await page.setViewportSize({ width: 800, height: 900 });
  // 800 px wide: the clauses wrap, the page does not scroll sideways.
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(800);
  await screen(page, 'scope-800');
  await page.setViewportSize({ width: 1280, height: 900 });

  await saveThroughPlan(page);
  await expect(page.getByTestId('now-users')).toHaveText('2 of 4');
  await page.reload();
  await expect(page.getByTestId('now-users')).toHaveText('2 of 4');
  await expect(page.getByTestId('group-userFilter-0').locator('li')).toHaveCount(2);

  // Put the scope back as it was: Eli enters again.
  await page.getByTestId('group-userFilter-0').locator('li').nth(1).getByTestId('clause-remove').click();
  await expect(page.getByTestId('proposed-users')).toHaveText('3 (+1)');
  await expect(page.getByTestId('entering-users')).toHaveText('1 user entering');
  await saveThroughPlan(page);
  await expect(page.getByTestId('now-users')).toHaveText('3 of 4');
});

test('a viewer of the target tenant sees the scope and the counts, and no control', async ({ page }) => {
  await signIn(page, setup.viewer, setup.password);
  await page.goto(`/apps/${ENGINE.app}/scope`);
  await expect(page.getByTestId('read-only-note')).toBeVisible();
  await expect(page.getByTestId('now-users')).toHaveText('3 of 4');
  await expect(page.getByTestId('scope-mode-text')).toHaveText('Sync only assigned users and groups');
  await expect(page.locator('.scope-layout').locator('input, select, [data-testid="save-bar"]')).toHaveCount(0);
  await expect(page.getByTestId('filter-userFilter').locator('code')).toHaveText(['department NOT EQUALS Contractors']);
});
