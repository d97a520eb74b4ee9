import { expect, test } from '@playwright/test';
import { signIn } from './helpers.js';
import { readSetup } from './setup.js';

test('a wrong password is refused, and repeated guessing is slowed down with a clear message', async ({ page }) => {
  await page.goto('/');
  const attempt = async (password: string) => {
    await page.getByLabel('User name').fill('guessed.nobody');
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
  };
  await attempt('wrong-1');
  await expect(page.getByRole('alert')).toContainText('Wrong userName or password');
  for (let i = 2; i <= 5; i++) {
    await attempt(`wrong-${i}`);
    await expect(page.getByRole('alert')).toContainText('Wrong userName or password');
  }
  await attempt('wrong-6');
  await expect(page.getByRole('alert')).toContainText(/Too many failed sign-ins: try again in \d+ s/);
});

test('a reload while the server answers 500, then does not answer: it says so and retries, no sign-in form', async ({
  page,
}) => {
  await page.route('**/graphql', (route) => route.fulfill({ status: 500, body: 'Internal Server Error' }));
  await page.goto('/t/e2ecorp/users');
  const problem = page.getByTestId('server-problem');
  await expect(problem).toContainText('The server answered an error. This page retries by itself.');
  await expect(problem).toContainText('HTTP 500');
  await expect(problem).toContainText(/Retrying in \d+ s|Retrying…/);
  await expect(page.getByLabel('Password')).toHaveCount(0);
  await page.screenshot({ path: test.info().outputPath('server-error.png'), fullPage: true });

  await page.unroute('**/graphql');
  await page.route('**/graphql', (route) => route.abort('connectionrefused'));
  await problem.getByRole('button', { name: 'Retry now' }).click();
  await expect(problem).toContainText('The server is not answering.');
  await expect(page.getByLabel('Password')).toHaveCount(0);

  // The server answers again: the address asked for goes on (here: to sign in first, then back there).
  await page.unroute('**/graphql');
  await problem.getByRole('button', { name: 'Retry now' }).click();
  await expect(page.getByLabel('Password')).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in\?/);
  expect(new URL(page.url()).searchParams.get('redirect')).toBe('/t/e2ecorp/users');
  await expect(page.getByTestId('server-problem')).toHaveCount(0);
  await expect(page.getByTestId('session-expired')).toHaveCount(0);
});

test('a session the server no longer knows: the next page asks to sign in again, saying the session expired', async ({
  page,
  context,
}) => {
  const setup = readSetup();
  await signIn(page, setup.owner, setup.password);
  await page.goto(`/t/${setup.tenant}/users`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Users');
  // The session ends on the server's side (as when it expires): the browser's cookie is gone.
  await context.clearCookies({ name: 'scimdesk_session' });
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Provisioning log' }).click();
  await expect(page.getByTestId('session-expired')).toHaveText(
    'Your session expired: sign in again to go back where you were.',
  );
  await expect(page).toHaveURL(/\/sign-in\?redirect=/);
  await page.getByLabel('User name').fill(setup.owner);
  await page.getByLabel('Password').fill(setup.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Provisioning log');
  await expect(page.getByTestId('session-expired')).toHaveCount(0);
});
