import { expect, test } from '@playwright/test';

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
