/**
 * Firefox with the built extension, for the end-to-end tests: Debian's firefox-esr (or
 * $FIREFOX_PATH) started by puppeteer-core over WebDriver BiDi, the extension installed as a
 * temporary add-on. Pages are served by `startServer()` from ./chromium.
 *
 * WebDriver BiDi in Firefox refuses to navigate to moz-extension:// pages and does not expose
 * the background page, so tests see the extension only through the pages it annotates.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser } from 'puppeteer-core';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const FIREFOX_BUILD = join(ROOT, '.output/firefox-mv2');

export function firefoxPath(): string {
  const path = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
  if (!existsSync(path)) {
    throw new Error(`Firefox not found at ${path}: install it (apt-get install -y --no-install-recommends firefox-esr) or set FIREFOX_PATH. End-to-end tests never skip.`);
  }
  return path;
}

export interface FirefoxExtensionBrowser {
  browser: Browser;
  /** The id Firefox installed the add-on under: browser_specific_settings.gecko.id. */
  extensionId: string;
  close(): Promise<void>;
}

export async function launchFirefoxWithExtension(extensionDir = FIREFOX_BUILD, headless = true): Promise<FirefoxExtensionBrowser> {
  if (!existsSync(join(extensionDir, 'manifest.json'))) throw new Error(`No built extension in ${extensionDir}: run npm run build:firefox`);
  const executablePath = firefoxPath();
  // Our own profile folder (puppeteer fills it with its preferences), removed on close.
  const profile = mkdtempSync(join(tmpdir(), 'counterclaim-firefox-'));
  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      protocol: 'webDriverBiDi',
      executablePath,
      headless,
      userDataDir: profile,
      defaultViewport: { width: 1280, height: 800 },
      // puppeteer writes its test preferences (no updates, telemetry or first-run pages) into the profile.
    });
  } catch (error) {
    rmSync(profile, { recursive: true, force: true });
    throw new Error(`Firefox at ${executablePath} did not start: ${(error as Error).message}`, { cause: error });
  }
  let extensionId: string;
  try {
    extensionId = await browser.installExtension(extensionDir);
  } catch (error) {
    await browser.close();
    rmSync(profile, { recursive: true, force: true });
    throw new Error(`Firefox refused the extension in ${extensionDir}: ${(error as Error).message}`, { cause: error });
  }
  return {
    browser,
    extensionId,
    async close() {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
