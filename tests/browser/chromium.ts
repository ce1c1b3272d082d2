/**
 * Debian's Chromium driven by playwright-core (no browser download): the launch options that
 * work on a closed network, shared by the browser tests and the screenshot script.
 */
import { chromium, type Browser } from 'playwright-core';
import { ensureChromium } from '../../scripts/chromium/ensure.ts';

/** The Chromium binary: found, or installed from Debian's packages where this machine can (`npm test` does this first). */
export function chromiumPath(): string {
  return ensureChromium();
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}
