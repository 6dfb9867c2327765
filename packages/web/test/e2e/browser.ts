import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import { artifactsDir, chromiumPath } from './paths.ts';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
    ],
  });
}

/** Saves a full-window screenshot as a test artifact (test/e2e/artifacts, gitignored). */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(artifactsDir, { recursive: true });
  const path = join(artifactsDir, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

/**
 * Signs in through the real form. The server takes 10 sign-ins a minute from one address; the
 * suite signs in more often than that, so when it says so this waits the minute out, as a person
 * would, and signs in again.
 */
export async function signIn(page: Page, baseUrl: string, email: string): Promise<void> {
  await page.goto(`${baseUrl}/app/`);
  await page.getByLabel('Email').fill(email);
  await page.getByRole('textbox', { name: 'Password' }).fill('medbill-demo');
  const signedIn = page.getByRole('navigation', { name: 'Screens' });
  const limited = page.getByText(/Too many sign-in attempts/);
  for (let attempt = 0; attempt < 2; attempt++) {
    await page.getByRole('button', { name: 'Sign in' }).click();
    await signedIn.or(limited).first().waitFor();
    if (await signedIn.isVisible()) return;
    await page.waitForTimeout(61_000);
  }
  await signedIn.waitFor();
}
