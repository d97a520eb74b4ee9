import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Download, expect, type Page, test } from '@playwright/test';
import { signIn } from './helpers.js';
import { type E2eSetup, readSetup } from './setup.js';

/**
 * An app's provisioning logs (issue 11 item 7), as an admin uses them: find the failed object,
 * open its detail (steps, error code and message), download every matching entry as CSV and JSON.
 * global-setup.ts made the app `e2e-logs` and ran its first cycle: Ann Logs created, Zoë Bad
 * (UPN `-zoë.bad@e2e.example`) refused by the target: her mapped userName `-zoë.bad` breaks the egnyte rules.
 */
const APP = 'e2e-logs';

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
const bytesOf = async (download: Download) => readFileSync(await download.path());

test('an admin finds the failed object, reads why, and exports the matching entries', async ({ page }) => {
  await signIn(page, setup.owner, setup.password);
  await page.goto(`/apps/${APP}/logs`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Provisioning logs · ${APP}`);
  await expect(
    page.getByRole('navigation', { name: 'App sections' }).getByRole('link', { name: 'Provisioning logs' }),
  ).toHaveAttribute('aria-current', 'page');
  const rows = page.locator('tbody tr.plog-row');
  await expect(rows).toHaveCount(2);
  await expect(page.getByTestId('plog-counts')).toContainText('2 entries · 50% success rate');

  // the failed one: by status (kept in the address), then by a part of its name
  await page.getByRole('combobox', { name: 'Status' }).selectOption('FAILURE');
  await expect(page).toHaveURL(/[?&]status=failure/);
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('-zoë.bad@e2e.example');
  await expect(rows.first()).toContainText('SCIM_400');
  await page.getByTestId('plog-identity').fill('zoë');
  await page.getByTestId('plog-identity').press('Enter');
  await expect(page).toHaveURL(/identity=zo%C3%AB/);
  await expect(rows).toHaveCount(1);

  // a click anywhere on the row opens the detail
  await rows.first().locator('td').nth(2).click();
  const detail = page.getByTestId('plog-detail');
  await expect(detail.getByRole('heading', { level: 2 })).toHaveText('-zoë.bad@e2e.example');
  await expect(detail.getByTestId('plog-action')).toHaveText('Other user');
  await expect(detail.getByTestId('plog-error')).toContainText('Error code: SCIM_400');
  await expect(detail.getByTestId('plog-error')).toContainText('userName "-zoë.bad" is not allowed');
  await expect(detail.locator('.plog-step-title')).toHaveText([
    'Import user',
    'Determine if user is in scope',
    'Match user between source and target',
    'Perform action',
  ]);
  await expect(detail.locator('.plog-steps > li').last().locator('.badge')).toHaveText('Failure');
  await expect(page).toHaveURL(/[?&]entry=/);
  await screen(page, 'app-logs');

  // CSV: UTF-8 with a BOM (Excel), the header first, the one matching entry
  const csvDownload = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Export CSV' }).click();
  const csv = await csvDownload;
  expect(csv.suggestedFilename()).toBe(`${APP}-provisioning-logs.csv`);
  const csvBytes = await bytesOf(csv);
  expect([...csvBytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = csvBytes.subarray(3).toString('utf8').trimEnd().split('\r\n');
  expect(lines[0]).toBe(
    'createdAt,id,cycleId,objectType,action,status,sourceId,sourceName,targetId,targetName,modified,steps,request,responseStatus,errorCode,errorMessage,retryCount,durationMs',
  );
  expect(lines).toHaveLength(2);
  // a cell starting with - is defused for spreadsheets
  expect(lines[1]).toContain(",user,Other,Failure,u-zoe-bad,'-zoë.bad@e2e.example,");
  expect(lines[1]).toContain('SCIM_400');

  // JSON: one array of the same entry
  const jsonDownload = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Export JSON' }).click();
  const json = await jsonDownload;
  expect(json.suggestedFilename()).toBe(`${APP}-provisioning-logs.json`);
  const text = (await bytesOf(json)).toString('utf8');
  expect(text.split('\n')[0]).toBe('[');
  const entries = JSON.parse(text) as { sourceId: string; sourceName: string; errorCode: string; status: string }[];
  expect(entries.map((e) => [e.sourceId, e.sourceName, e.status, e.errorCode])).toEqual([
    ['u-zoe-bad', '-zoë.bad@e2e.example', 'Failure', 'SCIM_400'],
  ]);

  // Escape closes the detail and the keyboard is back on the row
  await detail.getByRole('heading', { level: 2 }).press('Escape');
  await expect(detail).toHaveCount(0);
  await expect(page).not.toHaveURL(/[?&]entry=/);
  await expect(rows.first().getByRole('button')).toBeFocused();
  // Enter on the focused row opens it again
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('plog-detail')).toBeVisible();

  // 800 px wide: the detail is a drawer over the list
  await page.setViewportSize({ width: 800, height: 900 });
  await expect(page.getByTestId('plog-detail')).toHaveCSS('position', 'fixed');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(800);
  await screen(page, 'app-logs-800');
});

test("a viewer of the app's target tenant reads the same log", async ({ page }) => {
  await signIn(page, setup.viewer, setup.password);
  await page.goto(`/apps/${APP}/logs?status=failure`);
  await expect(page.locator('tbody tr.plog-row')).toHaveCount(1);
  await expect(page.locator('tbody tr.plog-row')).toContainText('-zoë.bad@e2e.example');
  await expect(page.getByRole('link', { name: 'Export CSV' })).toHaveAttribute(
    'href',
    `/api/apps/${APP}/provisioning-logs/export?format=csv&status=Failure`,
  );
});
