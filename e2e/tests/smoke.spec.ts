import { expect, test } from '@playwright/test';

test('the server answers health checks and serves the start page', async ({ page, request }) => {
  expect((await request.get('/healthz')).status()).toBe(200);
  expect(await (await request.get('/readyz')).json()).toEqual({ status: 'ready' });
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('scimdesk');
  await page.screenshot({ path: test.info().outputPath('start-page.png'), fullPage: true });
});

test('SCIM answers an unknown tenant with a SCIM 404 error body', async ({ request }) => {
  const res = await request.get('/scim/v2/nosuch/Users');
  expect(res.status()).toBe(404);
  expect((await res.json()).schemas).toEqual(['urn:ietf:params:scim:api:messages:2.0:Error']);
});
