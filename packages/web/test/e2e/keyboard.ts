import type { Locator, Page } from 'playwright-core';

/**
 * Presses Tab, as a keyboard user would, until `target` has the focus; fails when it is not
 * reached within `most` presses (it is not in the focus order, or too far down it).
 */
export async function tabTo(page: Page, target: Locator, most = 60): Promise<void> {
  const focused = target.and(page.locator(':focus'));
  for (let presses = 0; presses <= most; presses++) {
    if ((await focused.count()) > 0) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target.toString()} in ${most} presses`);
}
