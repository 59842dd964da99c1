import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';

/** Debian's Chromium (playwright cannot download browsers here); CHROMIUM_PATH overrides. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const hasChromium = existsSync(chromiumPath);

if (!hasChromium) {
  console.warn(
    `Browser tests skipped: no Chromium at ${chromiumPath}. Install it: apt-get install -y chromium`,
  );
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

const shots = process.env.SCREENSHOT_DIR
  ? `${process.env.SCREENSHOT_DIR.replace(/\/$/, '')}/`
  : fileURLToPath(new URL('../e2e/screenshots/', import.meta.url));

/**
 * Saves a screenshot under tests/e2e/screenshots/ (git-ignored), or under SCREENSHOT_DIR when set, for a
 * person to look at.
 */
export async function screenshot(page: Page, name: string) {
  mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: `${shots}${name}.png`, fullPage: true });
}
