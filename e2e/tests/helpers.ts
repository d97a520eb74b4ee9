import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type APIRequestContext, expect, type Page } from '@playwright/test';

export const EGNYTE = 'urn:scim:schemas:extension:custom:egnyte:1.0:User';
const SCREENSHOTS = join(import.meta.dirname, '..', 'screenshots');

/** Saves a full-page screenshot as e2e/screenshots/<name>.png (listed in the README). */
export async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.waitForLoadState('networkidle');
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

export async function signIn(page: Page, userName: string, password: string): Promise<void> {
  await page.goto('/');
  await page.getByLabel('User name').fill(userName);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByTestId('who')).toContainText(userName);
}

/** SCIM as Entra ID sends it: bearer token, application/scim+json. */
export function scim(request: APIRequestContext, tenant: string, token: string) {
  const url = (path: string) => `/scim/v2/${tenant}${path}`;
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/scim+json' };
  return {
    get: (path: string, bearer = token) =>
      request.get(url(path), { headers: { ...headers, authorization: `Bearer ${bearer}` } }),
    post: (path: string, data: unknown) => request.post(url(path), { headers, data }),
    patch: (path: string, data: unknown) => request.patch(url(path), { headers, data }),
  };
}

export const patchOp = (...ops: { op: string; path?: string; value: unknown }[]) => ({
  schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'],
  Operations: ops,
});
