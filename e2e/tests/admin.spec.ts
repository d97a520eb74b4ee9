import { expect, test } from '@playwright/test';
import { EGNYTE, patchOp, scim, shot, signIn } from './helpers.js';
import { type E2eSetup, readSetup } from './setup.js';

/** Read when the tests start: global setup writes it after the test files are listed. */
let setup: E2eSetup;
test.beforeAll(() => {
  setup = readSetup();
});
test.describe.configure({ mode: 'serial' });

let aliceId = '';

test('Entra provisions users and a group over SCIM', async ({ request }) => {
  const idp = scim(request, setup.tenant, setup.scimToken);
  for (const [userName, given] of [
    ['e2e.alice', 'Alice'],
    ['e2e.bob', 'Bob'],
  ]) {
    const res = await idp.post('/Users', {
      schemas: [
        'urn:ietf:params:scim:schemas:core:2.0:User',
        'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User',
      ],
      externalId: `oid-${userName}`,
      userName,
      active: true,
      displayName: `${given} Example`,
      emails: [{ primary: true, type: 'work', value: `${userName}@e2e.example` }],
      name: { givenName: given, familyName: 'Example' },
      'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User': { department: 'Sales' },
      [EGNYTE]: {
        authType: 'sso',
        idpUserId: `${userName}@e2e.example`,
        email: `${userName}@e2e.example`,
        emailChangeImmediate: 'True',
        sendInvite: 'False',
      },
    });
    expect(res.status()).toBe(201);
    if (userName === 'e2e.alice') aliceId = (await res.json()).id;
  }
  const patched = await idp.patch(
    `/Users/${aliceId}`,
    patchOp(
      { op: 'Replace', path: 'title', value: 'Account Executive' },
      { op: 'Replace', path: `${EGNYTE}:twoFactorEnabled`, value: 'False' },
      { op: 'Replace', path: 'active', value: 'True' },
    ),
  );
  expect(patched.status()).toBe(204);
  const group = await idp.post('/Groups', {
    schemas: ['urn:ietf:params:scim:schemas:core:2.0:Group'],
    displayName: 'E2E Sales',
    externalId: 'oid-group-sales',
    members: [],
  });
  expect(group.status()).toBe(201);
  const added = await idp.patch(
    `/Groups/${(await group.json()).id}`,
    patchOp({ op: 'Add', path: 'members', value: [{ value: aliceId }] }),
  );
  expect(added.status()).toBe(204);
});

test('an admin signs in, sees the overview and finds a user', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'scimdesk' })).toBeVisible();
  await shot(page, '01-sign-in');
  await signIn(page, setup.owner, setup.password);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('E2E Corp');
  await expect(page.getByLabel('Counts')).toContainText('Users');
  await expect(page.getByTestId('last-scim-request')).toContainText('Last SCIM request');
  await shot(page, '02-overview');

  await page.getByRole('link', { name: 'Users', exact: true }).click();
  await page.getByTestId('user-search').fill('alice');
  await expect(page.getByRole('link', { name: 'e2e.alice' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'e2e.bob' })).toHaveCount(0);
  await shot(page, '03-users-search');
  await page.getByRole('link', { name: 'e2e.alice' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('e2e.alice');
  await expect(page.getByTestId('user-groups')).toContainText('E2E Sales');
});

test('the tenant switcher reaches an empty tenant, which says how to connect an IdP', async ({ page }) => {
  await signIn(page, setup.owner, setup.password);
  await page.getByTestId('tenant-switcher').selectOption(setup.emptyTenant);
  await expect(page.getByRole('heading', { name: 'Connect an identity provider' })).toBeVisible();
  const url = page.getByRole('textbox', { name: 'Tenant URL' });
  await expect(url).toHaveValue(new RegExp(`/scim/v2/${setup.emptyTenant}$`));
  await expect(page.getByTestId('last-scim-request')).toContainText('No SCIM request yet');
  await shot(page, '02b-empty-tenant');
  await page.getByRole('link', { name: 'Users', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Users · E2E Empty');
});

test('the admin sets service account and 2FA, and SCIM GET shows them', async ({ page, request }) => {
  await signIn(page, setup.owner, setup.password);
  await page.goto(`/t/${setup.tenant}/users/${aliceId}`);
  // 2FA was last written by the IdP (its PATCH): the page warns that its next cycle may overwrite a change.
  await expect(page.getByText('The IdP wrote this last').first()).toBeVisible();
  await page.getByTestId('toggle-service-account').check();
  await expect(page.getByRole('status').filter({ hasText: 'Saved service account' })).toBeVisible();
  await page.getByTestId('toggle-2fa').check();
  await expect(page.getByRole('status').filter({ hasText: 'Saved two-factor' })).toBeVisible();
  await expect(page.locator('[data-attr="isServiceAccount"]')).toContainText('admin');
  await page.getByText('Raw SCIM resource').click();
  await shot(page, '04-user');

  const res = await scim(request, setup.tenant, setup.scimToken).get(`/Users/${aliceId}`);
  expect(res.status()).toBe(200);
  const ext = (await res.json())[EGNYTE];
  expect(ext.isServiceAccount).toBe(true);
  expect(ext.twoFactorEnabled).toBe(true);
});

test('groups list their members', async ({ page }) => {
  await signIn(page, setup.owner, setup.password);
  await page.goto(`/t/${setup.tenant}/groups`);
  await expect(
    page
      .getByRole('row', { name: /E2E Sales/ })
      .getByRole('cell')
      .nth(2),
  ).toHaveText('1');
  await shot(page, '05-groups');
  await page.getByRole('link', { name: 'E2E Sales' }).click();
  await expect(page.getByRole('link', { name: 'e2e.alice' })).toBeVisible();
  await shot(page, '06-group');
});

test('a generated token works for SCIM until it is revoked', async ({ page, request }) => {
  await signIn(page, setup.owner, setup.password);
  await page.goto(`/t/${setup.tenant}/tokens`);
  await page.getByTestId('token-description').fill('Entra from e2e');
  await page.getByRole('button', { name: 'Generate token' }).click();
  const reveal = page.getByTestId('token-reveal');
  await expect(reveal).toBeVisible();
  const secret = await reveal.getByRole('textbox', { name: 'Secret Token' }).inputValue();
  const tenantUrl = await reveal.getByRole('textbox', { name: 'Tenant URL' }).inputValue();
  expect(tenantUrl).toMatch(new RegExp(`/scim/v2/${setup.tenant}$`));
  await shot(page, '07-token-reveal');

  const idp = scim(request, setup.tenant, secret);
  expect((await idp.get('/Users?filter=userName eq "e2e.alice"')).status()).toBe(200);

  await reveal.getByRole('button', { name: 'I have copied it' }).click();
  const row = page.getByRole('row').filter({ hasText: 'Entra from e2e' });
  await row.getByRole('button', { name: 'Revoke' }).click();
  await row.getByRole('button', { name: 'Revoke now' }).click();
  await expect(row).toContainText('revoked');
  expect((await idp.get('/Users')).status()).toBe(401);
  await shot(page, '08-tokens');
  // Revoked tokens are hidden on the next visit, one click away.
  await page.reload();
  await expect(page.getByRole('row').filter({ hasText: 'Entra from e2e' })).toHaveCount(0);
  await page.getByTestId('toggle-revoked').click();
  await expect(page.getByRole('row').filter({ hasText: 'Entra from e2e' })).toContainText('revoked');
});

test('the provisioning log filters to a user and shows old -> new', async ({ page }) => {
  await signIn(page, setup.owner, setup.password);
  await page.goto(`/t/${setup.tenant}/log`);
  await shot(page, '09-log');
  await page.getByTestId('log-target').fill('e2e.alice');
  await page.getByTestId('log-target').press('Enter');
  await expect(page).toHaveURL(/target=e2e.alice/);
  const rows = page.locator('tbody tr');
  await expect(rows.filter({ hasNotText: 'e2e.alice' })).toHaveCount(0);
  await expect(rows.filter({ hasText: 'e2e.alice' }).first()).toBeVisible();
  await rows.filter({ hasText: 'admin:e2e.owner' }).first().getByRole('button').click();
  const detail = page.getByTestId('event-detail');
  await expect(detail).toContainText('Modified properties');
  await expect(detail).toContainText(/(twoFactorEnabled|isServiceAccount)\s*false\s*→\s*true/);
  await shot(page, '10-log-detail');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  expect((await download).suggestedFilename()).toMatch(/\.csv$/);
});

test('SCIM may not rename a user under the egnyte rules, an admin may, and SCIM then finds the new name', async ({
  page,
  request,
}) => {
  const idp = scim(request, setup.tenant, setup.scimToken);
  const bob = (await (await idp.get(`/Users?filter=${encodeURIComponent('userName eq "e2e.bob"')}`)).json())
    .Resources[0];
  const refused = await idp.patch(`/Users/${bob.id}`, patchOp({ op: 'Replace', path: 'userName', value: 'e2e.rob' }));
  expect(refused.status()).toBe(400);
  expect((await refused.json()).scimType).toBe('mutability');

  await signIn(page, setup.owner, setup.password);
  await page.goto(`/t/${setup.tenant}/users/${bob.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('e2e.bob');
  await page.getByLabel('User name').fill('e2e.robert');
  await page.getByRole('button', { name: 'Rename' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Renamed to e2e.robert' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('e2e.robert');

  const found = await (await idp.get(`/Users?filter=${encodeURIComponent('userName eq "e2e.robert"')}`)).json();
  expect(found.Resources.map((r: { id: string }) => r.id)).toEqual([bob.id]);
});
