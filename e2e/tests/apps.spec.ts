import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { signIn } from './helpers.js';
import { type E2eSetup, readSetup } from './setup.js';

/**
 * The apps list and an app's overview (issue 11 item 2), as an admin uses them: start a cycle and
 * watch its progress bar to the end, read the history and the chart, change the schedule, pause,
 * resume and stop; a viewer reads the same page without a control. The app is made by
 * global-setup.ts: `e2e-apps`, 2,000 users of directory `e2eapps` into the tenant `e2etarget`.
 */
const APP = 'e2e-apps';
const USERS = 2000;

let setup: E2eSetup;
test.beforeAll(() => {
  setup = readSetup();
});
test.describe.configure({ mode: 'serial' });

const SCREENS = join(import.meta.dirname, '..', 'test-results', 'screens');
async function screen(page: Page, name: string) {
  mkdirSync(SCREENS, { recursive: true });
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  await page.screenshot({ path: join(SCREENS, `${name}.png`), fullPage: true });
}

test('an admin starts a cycle from the app page and watches it finish', async ({ page }) => {
  await signIn(page, setup.owner, setup.password);
  await page.goto('/apps');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Apps');
  const row = page.locator(`[data-app="${APP}"]`);
  await expect(row).toContainText('directory e2eapps');
  await expect(row).toContainText('tenant e2etarget');
  await expect(row.getByTestId('app-state')).toHaveText('running');
  await expect(row.getByTestId('last-cycle')).toHaveText('none yet');

  await row.getByRole('link', { name: APP }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(APP);
  await expect(
    page.getByRole('navigation', { name: 'App sections' }).getByRole('link', { name: 'Overview' }),
  ).toHaveAttribute('aria-current', 'page');
  await expect(page.getByTestId('no-cycle')).toContainText('No cycle is queued or running.');
  await expect(page.locator('#start-hint')).toContainText('Initial');

  await page.getByRole('button', { name: 'Start cycle' }).click();
  const bar = page.getByRole('progressbar');
  await expect(bar).toBeVisible();
  await expect(page.getByRole('button', { name: 'Start cycle' })).toBeDisabled();
  // the page reads the cycle every second: the bar counts the 2,000 objects as they are done
  await expect(bar).toHaveAttribute('aria-valuemax', String(USERS), { timeout: 20_000 });
  await expect(page.getByTestId('progress-figures')).toContainText(`/ ${USERS.toLocaleString('en')} objects`);
  await screen(page, 'apps-02-app-cycle-running');

  await expect(page.getByTestId('last-counts')).toHaveText(`${USERS.toLocaleString('en')} created`, {
    timeout: 60_000,
  });
  await expect(bar).toHaveCount(0);
  await expect(page.getByTestId('no-cycle')).toBeVisible();
  const first = page.getByTestId('cycle-history').locator('tbody tr').first();
  await expect(first).toContainText('initial');
  await expect(first).toContainText('succeeded');
  await expect(first).toContainText(`${USERS.toLocaleString('en')} / ${USERS.toLocaleString('en')}`);
  await expect(page.getByTestId('cycle-chart').locator('svg')).toHaveAttribute('aria-label', /^1 cycle, median /);
  await expect(page.getByTestId('success-rate')).toContainText('100% succeeded');
  await expect(page.locator('#start-hint')).toContainText('Incremental');

  await page.getByLabel('Interval (minutes)').fill('15');
  await page.getByRole('button', { name: 'Save schedule' }).click();
  await expect(page.getByTestId('schedule-status')).toContainText('Saved: every 15 min; next cycle');
  await expect(page.getByTestId('schedule-text')).toHaveText('every 15 min');
  await screen(page, 'apps-03-app');

  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(page.getByTestId('app-state')).toHaveText('paused');
  await expect(page.getByRole('button', { name: 'Start cycle' })).toBeDisabled();
  await page.getByRole('button', { name: 'Resume' }).click();
  await expect(page.getByTestId('app-state')).toHaveText('running');
  await page.getByRole('button', { name: 'Stop…' }).click();
  await page.getByRole('button', { name: 'Stop app' }).click();
  await expect(page.getByTestId('app-state')).toHaveText('stopped');
  await expect(page.getByTestId('controls-status')).toHaveText('Stopped: nothing runs until resumed.');
  await page.getByRole('button', { name: 'Resume' }).click();
  await expect(page.getByTestId('app-state')).toHaveText('running');

  await page.goto('/apps');
  await expect(row.getByTestId('last-cycle')).toContainText('succeeded');
  await expect(row.getByTestId('last-cycle')).toContainText(`${USERS.toLocaleString('en')} created`);
  await expect(row).toContainText('every 15 min');
  await screen(page, 'apps-01-list');
});

test('a viewer of the target tenant reads the app without any control', async ({ page }) => {
  await signIn(page, setup.viewer, setup.password);
  await page.goto('/apps');
  await expect(page.locator(`[data-app="${APP}"]`)).toContainText('succeeded');
  await page.goto(`/apps/${APP}`);
  await expect(page.getByTestId('last-counts')).toHaveText(`${USERS.toLocaleString('en')} created`);
  await expect(page.getByTestId('schedule-text')).toHaveText('every 15 min');
  await expect(page.getByTestId('app-controls')).toHaveCount(0);
  await expect(page.locator('main input, main form')).toHaveCount(0);
  // the only buttons are the history's paging
  for (const name of await page.locator('main').getByRole('button').allInnerTexts())
    expect(name.trim()).toMatch(/^(← Previous|Next →)$/);
  await screen(page, 'apps-04-viewer-app');
  // 800 px wide: the page itself does not scroll sideways (the history table scrolls in its box)
  await page.setViewportSize({ width: 800, height: 900 });
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(800);
  await screen(page, 'apps-05-viewer-app-800px');
  await page.goto('/apps');
  await expect(page.locator(`[data-app="${APP}"]`)).toBeVisible();
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(800);
});
