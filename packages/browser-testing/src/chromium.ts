import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { BrowserContext } from 'playwright-core';

/**
 * Flags for Debian's Chromium running as root in a container: no sandbox (root cannot have one),
 * no GPU, and nothing that phones home, so a test run makes no request but the test's own.
 */
export const CHROMIUM_ARGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Where Debian's `chromium` package puts the browser; `CHROMIUM_PATH` overrides it. */
export const DEFAULT_CHROMIUM_PATH = '/usr/bin/chromium';

/** How the browser opens its pages. */
export interface LaunchChromiumOptions {
  /** Whether pages run scripts; off shows what a reader without JavaScript gets. Default on. */
  javaScriptEnabled?: boolean;
  /** Window size of every page; Playwright's default when omitted. */
  viewport?: { width: number; height: number };
  /** `prefers-reduced-motion` the pages see; Playwright's default when omitted. */
  reducedMotion?: 'reduce' | 'no-preference';
  /** Device pixels per CSS pixel; Playwright's default (1) when omitted. Screenshots are this many times the CSS size. */
  deviceScaleFactor?: number;
}

/** A Chromium with a fresh profile, and a way to close it and delete the profile. */
export interface TestBrowser {
  /** The browser context: open pages with `context.newPage()`. */
  context: BrowserContext;
  /** Closes the browser and removes its profile. */
  close(): Promise<void>;
}

/**
 * Launches Chromium (`CHROMIUM_PATH`, else Debian's) headless with a fresh user-data-dir, so no
 * cache, cookie or storage of an earlier run can make a test pass or a measurement look fast.
 */
export async function launchChromium(options: LaunchChromiumOptions = {}): Promise<TestBrowser> {
  const executablePath = process.env.CHROMIUM_PATH ?? DEFAULT_CHROMIUM_PATH;
  // Playwright's own message for a missing binary suggests `playwright install`, which cannot work here.
  if (!existsSync(executablePath)) {
    throw new Error(`No Chromium at ${executablePath}: apt-get install -y chromium, or set CHROMIUM_PATH.`);
  }
  const profile = await mkdtemp(join(tmpdir(), 'vnm-chromium-'));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath,
      args: [...CHROMIUM_ARGS],
      headless: true,
      ...(options.javaScriptEnabled === undefined ? {} : { javaScriptEnabled: options.javaScriptEnabled }),
      ...(options.viewport === undefined ? {} : { viewport: options.viewport }),
      ...(options.reducedMotion === undefined ? {} : { reducedMotion: options.reducedMotion }),
      ...(options.deviceScaleFactor === undefined ? {} : { deviceScaleFactor: options.deviceScaleFactor }),
    });
  } catch (error) {
    await rm(profile, { recursive: true, force: true });
    throw error;
  }
  return {
    context,
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
