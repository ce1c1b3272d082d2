import { describe, expect, it } from 'vitest';
import { APT_INSTALL, planChromium, type ChromiumFacts, type ChromiumPlan } from './plan.ts';

/** A machine where only `present` exists. */
function machine(present: string[], rest: Partial<Omit<ChromiumFacts, 'exists'>> = {}): ChromiumFacts {
  return { exists: (path) => present.includes(path), hasAptGet: true, isRoot: true, hasPasswordlessSudo: false, ...rest };
}

const cases: [string, ChromiumFacts, ChromiumPlan][] = [
  ['found at Debian’s path', machine(['/usr/bin/chromium']), { action: 'use', path: '/usr/bin/chromium' }],
  ['found only in /usr/lib', machine(['/usr/lib/chromium/chromium']), { action: 'use', path: '/usr/lib/chromium/chromium' }],
  [
    'CHROMIUM_PATH wins over the usual places',
    machine(['/opt/chrome/chrome', '/usr/bin/chromium'], { chromiumPath: '/opt/chrome/chrome' }),
    { action: 'use', path: '/opt/chrome/chrome' },
  ],
  [
    'CHROMIUM_PATH pointing nowhere stops, even if apt-get could install',
    machine(['/usr/bin/chromium'], { chromiumPath: '/opt/nothing' }),
    {
      action: 'stop',
      message: "CHROMIUM_PATH is /opt/nothing, which does not exist. Point it at a Chromium or Chrome binary, or unset it to use Debian's chromium.",
    },
  ],
  [
    'missing, root with apt-get: installs',
    machine([]),
    {
      action: 'install',
      sudo: false,
      commands: APT_INSTALL,
      say: "No Chromium found for the browser tests; installing Debian's chromium with apt-get (once).",
    },
  ],
  [
    'missing, a user with passwordless sudo: installs through sudo',
    machine([], { isRoot: false, hasPasswordlessSudo: true }),
    {
      action: 'install',
      sudo: true,
      commands: [
        ['sudo', '-n', 'apt-get', 'update', '-qq'],
        ['sudo', '-n', 'apt-get', 'install', '-y', '-qq', 'chromium'],
      ],
      say: "No Chromium found for the browser tests; installing Debian's chromium with sudo apt-get (once).",
    },
  ],
  [
    'missing, a user without sudo: stops with the command',
    machine([], { isRoot: false }),
    { action: 'stop', message: 'No Chromium found for the browser tests, and it cannot be installed from here. Run: sudo apt-get install chromium' },
  ],
  [
    'missing, no apt-get (macOS, Fedora): stops with CHROMIUM_PATH',
    machine([], { hasAptGet: false }),
    {
      action: 'stop',
      message:
        'No Chromium found for the browser tests, and it cannot be installed from here. Run: install Chromium or Chrome, then set CHROMIUM_PATH=/path/to/the/binary',
    },
  ],
];

describe('planChromium', () => {
  it.each(cases)('%s', (_name, facts, plan) => {
    expect(planChromium(facts)).toEqual(plan);
  });
});
