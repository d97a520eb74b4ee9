import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { ENGINE, ON_DEMAND_GROUP_STEPS } from './engine.js';
import { signIn } from './helpers.js';
import { type E2eSetup, readSetup } from './setup.js';

/**
 * Provision on demand and re-sync (issue 11 items 5 and 6), as an admin clicks them: a group and
 * its members provisioned on demand with every step read back; a restart planned, reviewed and
 * applied; a viewer sees both pages without a button that changes anything.
 */
let setup: E2eSetup;
test.beforeAll(() => {
  setup = readSetup();
});

const SCREENS = join(import.meta.dirname, '..', 'test-results', 'screens');
async function screen(page: Page, name: string) {
  mkdirSync(SCREENS, { recursive: true });
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  await page.screenshot({ path: join(SCREENS, `${name}.png`), fullPage: true });
}

test('an admin provisions a group on demand and reads each step', async ({ page }) => {
  await signIn(page, setup.owner, setup.password);
  await page.goto(`/apps/${ENGINE.app}/on-demand`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Provision on demand · ${ENGINE.app}`);
  await expect(
    page.getByRole('navigation', { name: 'App sections' }).getByRole('link', { name: 'On demand' }),
  ).toHaveAttribute('aria-current', 'page');
  await page.getByTestId('od-kind-group').check();
  await page.getByTestId('od-search').fill('engineer');
  const option = page.getByTestId('od-options').getByRole('button', { name: /E2E Engineering/ });
  await expect(option).toContainText('3 direct members');
  await option.click();
  await page.getByTestId('od-provision').click();

  // The steps appear in the order they ran, then the members, then the membership pass.
  const group = page.getByTestId(`od-object-object-${ENGINE.group.objectId}`);
  await expect(group.locator('.od-step h4').first()).toHaveText('Test connection');
  await expect(page.getByTestId('od-summary')).toHaveText(
    /^Group E2E Engineering: create \(success\); 3 direct user members: 2 create, 1 skip; membership update\. The engine took [\d,]+ ms\.\s*$/,
  );
  await expect(group.locator('.od-step h4')).toHaveText(ON_DEMAND_GROUP_STEPS);
  await expect(group.getByTestId('od-scope-reason')).toHaveText('The group is assigned to the app.');
  await expect(group.getByTestId('od-match-summary')).toHaveText('No target object matches: it will be created.');
  await expect(group.getByTestId('od-attempts')).toContainText('displayName eq "E2E Engineering"');
  await expect(group.getByTestId('od-request-line')).toHaveText('POST /Groups');
  await expect(group.getByTestId('od-response')).toContainText(/HTTP 201 in \d+ ms/);
  await expect(group.getByTestId('od-modified')).toContainText('E2E Engineering');

  // Members: the contractor is kept out by the scoping filter's clause, the others created.
  await expect(page.getByTestId('od-member-u-gus')).toContainText('NotEffectivelyEntitled');
  const dana = page.getByTestId('od-member-u-dana');
  await expect(dana).toContainText('Create');
  await dana.getByRole('button', { name: 'Steps' }).click();
  const danaCard = page.getByTestId('od-object-member-u-dana');
  await expect(danaCard.getByTestId('od-clause-0-0')).toHaveText(
    /department NOT EQUALS Contractors\s*Engineering\s*✓ passed/,
  );
  await expect(danaCard.getByTestId('od-request-line')).toHaveText('POST /Users');
  await expect(danaCard.getByTestId('od-modified')).toContainText('dana.eng');
  await page.getByTestId('od-member-u-gus').getByRole('button', { name: 'Steps' }).click();
  await expect(page.getByTestId('od-object-member-u-gus').getByTestId('od-clause-0-0')).toHaveText(
    /department NOT EQUALS Contractors\s*Contractors\s*✗ failed/,
  );
  const membership = page.getByTestId(`od-object-membership-${ENGINE.group.objectId}`);
  await expect(membership.getByTestId('od-request-line')).toHaveText(/^PATCH \/Groups\//);
  await expect(membership.getByTestId('od-response')).toContainText('HTTP 204');
  await screen(page, 'app-on-demand');

  // The tenant has them now, as SCIM users of the group.
  await page.goto(`/t/${setup.tenant}/users?q=dana.eng`);
  await expect(page.getByRole('link', { name: 'dana.eng' })).toBeVisible();
});

test('an admin re-syncs through a restart plan: reviews, filters, applies', async ({ page }) => {
  await signIn(page, setup.owner, setup.password);
  await page.goto(`/apps/${ENGINE.app}/resync`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Re-sync · ${ENGINE.app}`);
  await expect(page.getByTestId('held-empty')).toBeVisible();
  await page.getByTestId('plan-restart').click();
  await expect(page).toHaveURL(/[?&]plan=/);
  const review = page.getByTestId('plan-review');
  await expect(review.getByTestId('plan-status')).toHaveText('Ready');
  // Fay is assigned but was not provisioned on demand: the only create; the rest is already in sync.
  await expect(review.getByTestId('plan-summary')).toHaveText('create 1');
  await expect(review.getByTestId('plan-total-create')).toContainText('1');
  const fay = review.getByTestId('plan-entry-u-fay');
  await expect(fay).toContainText('Create');
  await expect(fay).toContainText('fay.ops');
  // Objects already in sync are hidden; the contractor's skip (out of scope) is listed with its reason.
  await expect(review.getByTestId('plan-entries').locator('tbody tr')).toHaveCount(2);
  await expect(review.getByTestId('plan-entry-u-gus')).toContainText('department NOT EQUALS Contractors failed');

  // Everything, then by text, then by type.
  await review.getByTestId('plan-filter-changes').uncheck();
  await expect(review.getByTestId('plan-entry-u-dana')).toContainText('NoChange');
  await expect(review.getByTestId('plan-entry-u-gus')).toBeVisible();
  await review.getByTestId('plan-filter-search').fill('GUS.');
  await expect(review.getByTestId('plan-entries').locator('tbody tr')).toHaveCount(1);
  await expect(review.getByTestId('plan-entry-u-gus')).toContainText('Skip');
  await review.getByTestId('plan-filter-search').fill('');
  await review.getByTestId('plan-filter-type').selectOption('group');
  await expect(review.getByTestId('plan-entries').locator('tbody tr')).toHaveCount(1);
  await expect(review.getByTestId(`plan-entry-${ENGINE.group.objectId}`)).toBeVisible();
  await review.getByTestId('plan-filter-type').selectOption('');
  await review.getByTestId('plan-filter-changes').check();
  await screen(page, 'app-resync-plan');

  await review.getByTestId('plan-apply').click();
  await expect(review.getByRole('alertdialog')).toContainText('create 1');
  await review.getByTestId('plan-confirm').click();
  await expect(review.getByTestId('plan-status')).toHaveText('Applied', { timeout: 30_000 });
  await expect(review.getByTestId('plan-outcome')).toContainText('as planned');
  await expect(review.getByTestId('plan-outcome')).toContainText('0 failed');
  await expect(review.getByTestId('plan-apply')).toHaveCount(0);
  await expect(review.getByTestId('plan-entry-u-fay')).toContainText('Done as planned');
  await screen(page, 'app-resync-applied');
  await page.setViewportSize({ width: 800, height: 900 });
  await screen(page, 'app-resync-applied-800');
  await page.setViewportSize({ width: 1280, height: 900 });

  await page.goto(`/t/${setup.tenant}/users?q=fay.ops`);
  await expect(page.getByRole('link', { name: 'fay.ops' })).toBeVisible();
});

test('a viewer sees on-demand and re-sync with no button that changes anything', async ({ page }) => {
  await signIn(page, setup.viewer, setup.password);
  await page.goto(`/apps/${ENGINE.app}/on-demand`);
  await expect(page.getByTestId('od-viewer-note')).toBeVisible();
  await expect(page.getByTestId('od-provision')).toHaveCount(0);
  await page.goto(`/apps/${ENGINE.app}/resync`);
  await expect(page.getByTestId('held-deletes')).toBeVisible();
  await expect(page.getByTestId('plan-restart')).toHaveCount(0);
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  for (const name of await page.getByRole('button').allInnerTexts()) expect(name.trim()).toMatch(/^(Sign out|Retry)$/);
  await screen(page, 'app-resync-viewer');
});
