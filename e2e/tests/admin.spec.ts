import { expect, type Page, test } from '@playwright/test';
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
  await page.getByRole('link', { name: 'Export CSV' }).click();
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

/** GraphQL as the signed-in page: its session cookie and CSRF token. */
async function gql(page: Page, query: string) {
  const csrf = (await page.context().cookies()).find((c) => c.name === 'scimdesk_csrf')?.value ?? '';
  const res = await page.request.post('/graphql', {
    headers: { 'content-type': 'application/json', 'x-csrf-token': csrf },
    data: { query },
  });
  const body = await res.json();
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data;
}

test('at 800 px the users, log and tokens pages do not scroll sideways; at 1280 px emails are not cut', async ({
  page,
}) => {
  await signIn(page, setup.owner, setup.password);
  await page.goto(`/t/${setup.tenant}/users`);
  const email = page.getByRole('cell', { name: 'e2e.alice@e2e.example' });
  await expect(email).toBeVisible();
  // On one line, whole: neither cut nor wrapped while the page has room.
  const lines = (el: Element) => {
    const range = document.createRange();
    range.selectNodeContents(el);
    return {
      lines: new Set(Array.from(range.getClientRects(), (r) => Math.round(r.top))).size,
      cut: el.scrollWidth > el.clientWidth,
    };
  };
  expect(await email.evaluate(lines)).toEqual({ lines: 1, cut: false });
  await page.setViewportSize({ width: 800, height: 900 });
  for (const section of ['users', 'log', 'tokens']) {
    await page.goto(`/t/${setup.tenant}/${section}`);
    await expect(page.locator('table.table').first()).toBeVisible();
    await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, `${section} at 800 px`).toBeLessThanOrEqual(800);
    if (section === 'users') await shot(page, '17-users-800px');
    else await page.screenshot({ path: test.info().outputPath(`${section}-800px.png`), fullPage: true });
  }
});

test('a log row opens its detail from anywhere on it, and from the keyboard on its time', async ({ page }) => {
  await signIn(page, setup.owner, setup.password);
  await page.goto(`/t/${setup.tenant}/log`);
  const row = page.locator('tbody tr').filter({ hasText: 'admin:e2e.owner' }).first();
  await row.getByRole('cell', { name: 'admin:e2e.owner' }).click();
  const detail = page.getByTestId('event-detail');
  await expect(detail).toContainText('admin:e2e.owner');
  await expect(page).toHaveURL(/event=/);
  await page.getByRole('button', { name: 'Close event detail' }).click();
  await expect(detail).toHaveCount(0);
  const other = page.locator('tbody tr').filter({ hasText: 'e2e.bob' }).first();
  await other.getByRole('button').focus();
  await page.keyboard.press('Enter');
  await expect(detail).toContainText('e2e.bob');
});

test('the log hides the IdP reads until "Show reads" is on', async ({ page, request }) => {
  // A read the IdP makes: GET /Users/<id> (recorded as an event).
  expect((await scim(request, setup.tenant, setup.scimToken).get(`/Users/${aliceId}`)).status()).toBe(200);
  await signIn(page, setup.owner, setup.password);
  await page.goto(`/t/${setup.tenant}/log`);
  const toggle = page.getByRole('switch', { name: 'Show reads' });
  await expect(toggle).toHaveAttribute('aria-checked', 'false');
  const actions = page.locator('tbody tr td:nth-child(2)');
  await expect(actions.first()).toBeVisible();
  expect(await actions.allInnerTexts()).not.toContain('read');
  await toggle.click();
  await expect(page).toHaveURL(/reads=1/);
  await expect(toggle).toHaveAttribute('aria-checked', 'true');
  await expect(actions.filter({ hasText: /^read$/ }).first()).toBeVisible();
  await page.reload();
  await expect(actions.filter({ hasText: /^read$/ }).first()).toBeVisible();
});

test('a 404 inside a tenant keeps the tenant switcher and its sections; a missing user offers no Retry', async ({
  page,
}) => {
  await signIn(page, setup.owner, setup.password);
  const sections = page.getByRole('navigation', { name: 'Sections' });
  await page.goto(`/t/${setup.tenant}/no-such-section`);
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await expect(page.getByTestId('tenant-switcher')).toHaveValue(setup.tenant);
  await expect(sections.getByRole('link')).toHaveText([
    'Overview',
    'Users',
    'Groups',
    'SCIM tokens',
    'Provisioning log',
  ]);
  await page.goto(`/t/${setup.tenant}/users/00000000-0000-4000-8000-000000000000`);
  await expect(page.getByRole('heading', { name: 'No such user' })).toBeVisible();
  await expect(page.getByTestId('tenant-switcher')).toHaveValue(setup.tenant);
  await expect(sections.getByRole('link', { name: 'Users' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Retry' })).toHaveCount(0);
  await page.getByRole('link', { name: 'Back to the users' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Users · E2E Corp');
});

test('a token whose owner was deactivated: overview and tokens page say the IdP can no longer provision with it', async ({
  page,
  request,
}) => {
  await signIn(page, setup.owner, setup.password);
  const t = setup.tenant;
  await gql(
    page,
    `mutation { createAdmin(tenant: "${t}", input: { userName: "e2e.tokenowner", role: ADMIN }) { admin { id } } }`,
  );
  const made = await gql(
    page,
    `mutation { createScimToken(tenant: "${t}", input: { ownerUserName: "e2e.tokenowner", description: "IdP of e2e.tokenowner" }) { token { id } } }`,
  );
  const short = String(made.createScimToken.token.id).slice(0, 8);
  const idp = scim(request, t, setup.scimToken);
  const found = await (await idp.get(`/Users?filter=${encodeURIComponent('userName eq "e2e.tokenowner"')}`)).json();
  const ownerId = found.Resources[0].id;
  expect(
    (await idp.patch(`/Users/${ownerId}`, patchOp({ op: 'Replace', path: 'active', value: 'False' }))).status(),
  ).toBe(204);

  await page.goto(`/t/${t}`);
  const warning = page.locator('li[data-code="TOKEN_OWNER_INACTIVE"]');
  await expect(warning).toContainText(
    `SCIM token “IdP of e2e.tokenowner” (${short}) stopped working because its owner e2e.tokenowner was deactivated`,
  );
  await expect(warning).toContainText('can no longer provision this tenant');
  await shot(page, '18-overview-broken-token');
  await page.getByRole('link', { name: 'Replace the token' }).click();
  const broken = page.getByTestId('broken-tokens');
  await expect(broken).toContainText('An IdP using the token below can no longer provision this tenant');
  await expect(broken).toContainText('its owner e2e.tokenowner was deactivated');
  await expect(page.getByRole('row').filter({ hasText: 'IdP of e2e.tokenowner' })).toContainText('owner deactivated');
  expect(await page.getByTestId('token-owner').locator('option').allInnerTexts()).not.toContain(
    'e2e.tokenowner (admin)',
  );
  await expect(page.getByTestId('hidden-owners')).toContainText('1 admin is not offered as owner');
  await shot(page, '19-tokens-broken-token');

  // Reactivated, the token works again and the warnings go.
  expect(
    (await idp.patch(`/Users/${ownerId}`, patchOp({ op: 'Replace', path: 'active', value: 'True' }))).status(),
  ).toBe(204);
  await page.reload();
  await expect(page.getByRole('row').filter({ hasText: 'IdP of e2e.tokenowner' })).toContainText('active');
  await expect(broken).toHaveCount(0);
});
