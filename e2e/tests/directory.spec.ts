import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { signIn } from './helpers.js';
import { type E2eSetup, readSetup } from './setup.js';

/**
 * The source directory pages (platform owner: the install's first admin, as the CLI makes it):
 * create a directory, import users (a bad row first: nothing kept, the row listed), groups with a
 * nested one, open a user, soft-delete and restore it. Each page is screenshotted.
 */
let setup: E2eSetup;
test.beforeAll(() => {
  setup = readSetup();
});
test.describe.configure({ mode: 'serial' });

const DIR = 'e2e-hr';
const SCREENS = join(import.meta.dirname, '..', 'test-results', 'screens');

async function screen(page: Page, name: string) {
  mkdirSync(SCREENS, { recursive: true });
  await page.waitForLoadState('networkidle');
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  await page.screenshot({ path: join(SCREENS, `${name}.png`), fullPage: true });
}

const BAD_CSV = [
  'userPrincipalName,displayName,accountEnabled,department,jobTitle',
  'ann@hr.example,Ann Lee,true,People,Head of People',
  'bob-at-hr.example,Bob Roe,true,People,Recruiter',
  'cy@hr.example,Cy Diaz,true,Finance,Controller',
].join('\n');
const GOOD_CSV = [
  'userPrincipalName,displayName,accountEnabled,department,jobTitle,manager',
  'ann@hr.example,Ann Lee,true,People,Head of People,',
  'bob@hr.example,Bob Roe,true,People,Recruiter,ann@hr.example',
  'cy@hr.example,Cy Diaz,false,Finance,Controller,ann@hr.example',
].join('\n');
const GROUPS = JSON.stringify(
  [
    { displayName: 'All staff', description: 'Everyone', members: ['ann@hr.example', 'Recruiting'] },
    { displayName: 'Recruiting', members: ['bob@hr.example'] },
  ],
  null,
  2,
);

async function importFile(page: Page, name: string, text: string, kind: 'users' | 'groups' = 'users') {
  await page.getByTestId('import-file').setInputFiles({
    name,
    mimeType: name.endsWith('.csv') ? 'text/csv' : 'application/json',
    buffer: Buffer.from(text),
  });
  await expect(page.getByTestId('import-file-name')).toContainText(name);
  if (kind === 'groups') await page.getByLabel('groups with their members (JSON)').check();
  await page.getByTestId('import-start').click();
}

test('a platform owner creates a directory and imports users: a bad row is listed and nothing is kept', async ({
  page,
}) => {
  await signIn(page, setup.owner, setup.password);
  await page.getByRole('link', { name: 'Directories' }).click();
  await expect(page.getByRole('heading', { name: 'Source directories' })).toBeVisible();
  await page.getByTestId('new-directory').click();
  await page.getByTestId('directory-slug').fill(DIR);
  await page.getByTestId('directory-name').fill('E2E HR');
  await page.getByRole('button', { name: 'Create directory' }).click();
  await expect(page).toHaveURL(new RegExp(`/directories/${DIR}/import$`));
  await expect(page.getByRole('heading', { name: 'Import a file into E2E HR' })).toBeVisible();

  await importFile(page, 'people.csv', BAD_CSV);
  await expect(page.getByTestId('import-status')).toHaveText('1 problem in the import; nothing was imported');
  const errors = page.getByTestId('import-errors').locator('tbody tr');
  await expect(errors).toHaveCount(1);
  await expect(errors.first().locator('td')).toHaveText([
    'people.csv',
    '3',
    'userPrincipalName',
    '"bob-at-hr.example" is not a user principal name (alias@domain)',
  ]);
  await screen(page, 'directory-import-errors');

  await importFile(page, 'people.csv', GOOD_CSV);
  await expect(page.getByTestId('import-status')).toHaveText('Imported 3 rows.');
  await expect(page.getByTestId('import-percent')).toHaveText('100%');
  await expect(page.getByTestId('import-counts')).toHaveText(
    'Users: 3 created, 0 updated, 0 unchanged, 0 soft-deleted',
  );
  await importFile(page, 'groups.json', GROUPS, 'groups');
  await expect(page.getByTestId('import-counts')).toHaveText(
    'Groups: 2 created, 0 updated, 0 unchanged, 0 soft-deleted',
  );
  await screen(page, 'directory-import');
});

test('the users list searches on the server and keeps the search in the address', async ({ page }) => {
  await signIn(page, setup.owner, setup.password);
  await page.goto(`/directories/${DIR}/users`);
  const rows = page.getByTestId('directory-users').locator('tbody tr');
  await expect(rows).toHaveCount(3);
  await expect(page.getByTestId('directory-users-count')).toHaveText('3 in all');
  await screen(page, 'directory-users');
  await page.getByTestId('directory-search').fill('bob');
  await expect(page).toHaveURL(/[?&]q=bob/);
  await expect(rows).toHaveCount(1);
  await expect(rows.first().locator('td').first()).toHaveText('bob@hr.example');
  await page.getByTestId('directory-sort').selectOption('CHANGED');
  await expect(page).toHaveURL(/sort=CHANGED/);
  await page.reload();
  await expect(page.getByTestId('directory-search')).toHaveValue('bob');
  await expect(rows).toHaveCount(1);
});

test('a user shows its manager and groups (nested marked), and is soft-deleted and restored', async ({ page }) => {
  await signIn(page, setup.owner, setup.password);
  await page.goto(`/directories/${DIR}/users?q=bob`);
  await page.getByRole('link', { name: 'bob@hr.example' }).click();
  await expect(page.getByRole('heading', { name: 'bob@hr.example' })).toBeVisible();
  await expect(page.getByTestId('user-state')).toHaveText('enabled');
  const attrs = page.getByTestId('user-attributes');
  await expect(attrs).toContainText('Recruiter');
  await expect(attrs.getByRole('link', { name: 'Ann Lee' })).toBeVisible();
  await expect(page.getByTestId('user-direct-groups')).toContainText('Recruiting');
  await expect(page.getByTestId('user-nested-groups')).toContainText('All staff');
  await expect(page.getByTestId('user-nested-groups')).toContainText('via Recruiting');
  await expect(page.getByText('No app has provisioned this user yet')).toBeVisible();
  await screen(page, 'directory-user');

  await page.getByTestId('soft-delete').click();
  await expect(page.getByTestId('user-state')).toHaveText('soft-deleted');
  await expect(page.getByTestId('user-message')).toHaveText('Soft-deleted: restorable until purged.');
  await expect(page.getByTestId('restore')).toBeVisible();
  await screen(page, 'directory-user-soft-deleted');
  await page.getByTestId('restore').click();
  await expect(page.getByTestId('user-state')).toHaveText('enabled');
  await expect(page.getByTestId('user-message')).toHaveText('Restored.');

  // The hard delete asks for the name first.
  await page.getByTestId('hard-delete').click();
  await expect(page.getByTestId('hard-delete-go')).toBeDisabled();
  await page.getByTestId('hard-delete-confirm').press('Escape');
  await expect(page.getByTestId('hard-delete-go')).toHaveCount(0);
});

test('groups list members, nested groups marked as groups, and add or remove members by search', async ({ page }) => {
  await signIn(page, setup.owner, setup.password);
  await page.goto(`/directories/${DIR}/groups`);
  await expect(page.getByTestId('directory-groups').locator('tbody tr')).toHaveCount(2);
  await screen(page, 'directory-groups');
  await page.getByRole('link', { name: 'All staff' }).click();
  const members = page.getByTestId('group-members').locator('tbody tr');
  await expect(members).toHaveCount(2);
  await expect(members.filter({ hasText: 'Recruiting' }).locator('td').first()).toHaveText('group');
  await expect(members.filter({ hasText: 'Ann Lee' }).locator('td').first()).toHaveText('user');

  await page.getByTestId('member-search').fill('cy@');
  await page.getByRole('button', { name: 'Add Cy Diaz' }).click();
  await expect(page.getByTestId('group-message')).toHaveText('Added Cy Diaz.');
  await expect(members).toHaveCount(3);
  await page.getByRole('button', { name: 'Remove Cy Diaz' }).click();
  await expect(page.getByTestId('group-message')).toHaveText('Removed Cy Diaz.');
  await expect(members).toHaveCount(2);
  await screen(page, 'directory-group');

  await page.goto('/directories');
  const row = page.getByTestId(`directory-${DIR}`);
  await expect(row.locator('td').nth(1)).toHaveText('3');
  await expect(row.locator('td').nth(3)).toHaveText('2');
  await screen(page, 'directories');
});
