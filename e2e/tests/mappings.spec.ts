import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { ENGINE } from './engine.js';
import { signIn } from './helpers.js';
import { type E2eSetup, readSetup } from './setup.js';

/**
 * The mapping editor (pages/engine/AppMappingsPage.vue): an expression edited, checked, previewed
 * and saved through its plan. global-setup.ts makes this app: the engine's app (tests/engine.ts,
 * the seed mappings) into a tenant of its own, since saving here runs cycles.
 */
const APP = 'e2e-mappings';
const dana = ENGINE.users[0];
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

/** Replaces the whole expression by typing, as an admin does (CodeMirror closes brackets as they are typed). */
async function typeExpression(page: Page, text: string) {
  await page.getByTestId('mapping-form').getByTestId('expression-input').click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.type(text);
}

test('an expression error is shown at its position, a correct one with its preview, and the change is saved through its plan', async ({
  page,
}) => {
  const previewUser = dana;
  await signIn(page, setup.owner, setup.password);
  await page.goto(`/apps/${APP}/mappings`);
  const users = page.getByTestId('mapping-table-user');
  await expect(users.locator('tbody tr[data-testid^="mapping-row-"]')).toHaveCount(12);
  await expect(page.getByTestId('mappings-preset')).toHaveText('preset seed');

  // The source user the previews evaluate against, found in the app's source directory.
  await page.getByTestId('source-search').fill(previewUser.userPrincipalName.slice(0, 8));
  await page.getByRole('button', { name: previewUser.userPrincipalName, exact: true }).click();
  await expect(page.getByTestId('preview-source')).toContainText(previewUser.userPrincipalName);
  await expect(page.getByTestId('mapping-row-3')).toContainText(`"${previewUser.givenName}"`);

  // name.givenName: Direct givenName -> an expression; a misspelt function is underlined where it is.
  await page.getByRole('button', { name: 'Edit mapping 4 (name.givenName)' }).click();
  const form = page.getByTestId('mapping-form');
  await form.getByTestId('mapping-kind').selectOption('expression');
  await typeExpression(page, 'Join(" ", ToUppr([givenName]), [surname])');
  const underline = form.locator('.cm-lintRange-error');
  await expect(underline).toHaveText('ToUppr');
  await expect(form.getByTestId('expression-diagnostics')).toHaveText(
    /Line 1, column 11:\s*Unknown function "ToUppr"\.\s*EXPR_UNKNOWN_FUNCTION/,
  );
  await expect(form.getByTestId('expression-preview')).toContainText('fix the error above to see it');
  await underline.hover();
  await expect(page.locator('.cm-tooltip-lint')).toContainText('Unknown function "ToUppr".');
  await screen(page, 'mappings-expression-error');

  // Corrected: no problem left, and the server's value for the picked user.
  await typeExpression(page, 'Join(" ", ToUpper([givenName]), [surname])');
  const upper = `${previewUser.givenName.toUpperCase()} ${previewUser.surname}`;
  await expect(form.getByTestId('expression-value')).toHaveText(`"${upper}"`);
  await expect(underline).toHaveCount(0);
  await expect(form.getByTestId('expression-diagnostics')).toHaveCount(0);
  await screen(page, 'mappings-expression-preview');
  await form.getByTestId('mapping-ok').click();

  const row = page.getByTestId('mapping-row-3');
  await expect(row).toContainText('Join(" ", ToUpper([givenName]), [surname])');
  await expect(row).toContainText('Expression');
  await expect(row).toContainText(`"${upper}"`);
  await expect(page.getByTestId('save-bar')).toContainText('Unsaved changes to the user mappings.');

  // Saving plans the proposal first: per object, old -> new, nothing sent until applied.
  await page.getByTestId('review-save').click();
  const plan = page.getByTestId('plan-review');
  await expect(plan.getByTestId('plan-status')).toHaveText('Ready', { timeout: 30_000 });
  await expect(plan).toContainText('Proposed changes');
  const entry = plan.locator('tr', { hasText: previewUser.userPrincipalName });
  await expect(entry).toContainText('name.givenName');
  await expect(entry).toContainText(upper);
  await screen(page, 'mappings-plan');

  await plan.getByTestId('plan-apply').click();
  await plan.getByTestId('plan-confirm').click();
  await expect(plan.getByTestId('plan-outcome')).toContainText('Applied:', { timeout: 30_000 });
  await expect(page.locator('.badge', { hasText: 'custom' })).toBeVisible();
  await expect(page.getByTestId('save-bar')).toContainText('No unsaved changes.');

  // The saved mappings come back from the server on a reload.
  await page.reload();
  await expect(page.getByTestId('mapping-row-3')).toContainText('Join(" ", ToUpper([givenName]), [surname])');
  await screen(page, 'mappings-page');
});

test('restoring the default mappings is planned and applied the same way', async ({ page }) => {
  await signIn(page, setup.owner, setup.password);
  await page.goto(`/apps/${APP}/mappings`);
  await page.getByRole('button', { name: 'Restore default mappings' }).click();
  await expect(page.getByTestId('mapping-row-3')).toContainText('givenName');
  await expect(page.getByTestId('mapping-row-3')).toContainText('Direct');
  await page.getByTestId('review-save').click();
  const plan = page.getByTestId('plan-review');
  await expect(plan.getByTestId('plan-status')).toHaveText('Ready', { timeout: 30_000 });
  await plan.getByTestId('plan-apply').click();
  await plan.getByTestId('plan-confirm').click();
  await expect(plan.getByTestId('plan-outcome')).toContainText('Applied:', { timeout: 30_000 });
  await expect(page.getByTestId('mappings-preset')).toHaveText('preset seed');
});
