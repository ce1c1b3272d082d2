/**
 * What `npm test` does about Chromium before any test starts, decided from facts about the
 * machine (gathered by ensure.ts). Pure, so every case is tested without touching the machine.
 *
 * - a Chromium is found (CHROMIUM_PATH, else the usual places) → use it, say nothing;
 * - CHROMIUM_PATH names a file that does not exist → stop: that is a mistake to fix, not to paper over;
 * - none found, Debian's apt-get present, and root (or passwordless sudo) → install Debian's `chromium`,
 *   saying so in one line, the way `npm start` fetches Node;
 * - none found and it cannot be installed here → stop at once with the one command to run.
 */

/** Where the browser tests look for Chromium, in order, after CHROMIUM_PATH. */
export const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/lib/chromium/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'] as const;

/** What ensure.ts finds out about the machine. */
export interface ChromiumFacts {
  /** The CHROMIUM_PATH environment variable, if set. */
  chromiumPath?: string | undefined;
  /** Which paths exist (CHROMIUM_PATH and the candidates are asked about). */
  exists(path: string): boolean;
  /** Whether Debian's `apt-get` is on the PATH. */
  hasAptGet: boolean;
  /** Whether the process runs as root. */
  isRoot: boolean;
  /** Whether `sudo -n` works without a password. */
  hasPasswordlessSudo: boolean;
}

/** The decision: use a browser, install one (with or without sudo), or stop with a message. */
export type ChromiumPlan =
  | { action: 'use'; path: string }
  | { action: 'install'; sudo: boolean; commands: string[][]; say: string }
  | { action: 'stop'; message: string };

/** The apt-get steps that install Debian's Chromium, without prompts. */
export const APT_INSTALL: string[][] = [
  ['apt-get', 'update', '-qq'],
  ['apt-get', 'install', '-y', '-qq', 'chromium'],
];

export function planChromium(facts: ChromiumFacts): ChromiumPlan {
  if (facts.chromiumPath) {
    if (facts.exists(facts.chromiumPath)) return { action: 'use', path: facts.chromiumPath };
    return {
      action: 'stop',
      message: `CHROMIUM_PATH is ${facts.chromiumPath}, which does not exist. Point it at a Chromium or Chrome binary, or unset it to use Debian's chromium.`,
    };
  }
  const found = CHROMIUM_CANDIDATES.find((path) => facts.exists(path));
  if (found) return { action: 'use', path: found };
  if (facts.hasAptGet && (facts.isRoot || facts.hasPasswordlessSudo)) {
    const sudo = !facts.isRoot;
    return {
      action: 'install',
      sudo,
      commands: APT_INSTALL.map((command) => (sudo ? ['sudo', '-n', ...command] : command)),
      say: `No Chromium found for the browser tests; installing Debian's chromium with ${sudo ? 'sudo ' : ''}apt-get (once).`,
    };
  }
  const command = facts.hasAptGet ? 'sudo apt-get install chromium' : 'install Chromium or Chrome, then set CHROMIUM_PATH=/path/to/the/binary';
  return {
    action: 'stop',
    message: `No Chromium found for the browser tests, and it cannot be installed from here. Run: ${command}`,
  };
}
