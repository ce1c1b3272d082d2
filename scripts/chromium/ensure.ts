/**
 * `node scripts/chromium/ensure.ts`: runs before `npm test` starts any test. Finds Chromium, or
 * installs Debian's `chromium` when this machine can (see plan.ts), or stops with the one command
 * to run. Prints nothing when Chromium is already there.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { planChromium, type ChromiumFacts } from './plan.ts';

const onPath = (command: string) => spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;

function facts(): ChromiumFacts {
  const isRoot = process.getuid?.() === 0;
  return {
    chromiumPath: process.env.CHROMIUM_PATH || undefined,
    exists: existsSync,
    hasAptGet: process.platform === 'linux' && onPath('apt-get'),
    isRoot,
    hasPasswordlessSudo: !isRoot && onPath('sudo') && spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0,
  };
}

/** Returns the Chromium binary to use, installing it first when the plan says so; exits on "stop". */
export function ensureChromium(): string {
  const plan = planChromium(facts());
  if (plan.action === 'use') return plan.path;
  if (plan.action === 'stop') {
    console.error(plan.message);
    process.exit(1);
  }
  console.log(plan.say);
  for (const [command, ...args] of plan.commands) {
    // apt's own chatter (debconf notes and the like) is shown only when a step fails.
    const run = spawnSync(command!, args, { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (run.status !== 0) {
      console.error(run.stderr);
      console.error(`Installing Chromium failed at "${[command, ...args].join(' ')}". Run: ${plan.sudo ? 'sudo ' : ''}apt-get install chromium`);
      process.exit(1);
    }
  }
  const after = planChromium(facts());
  if (after.action !== 'use') {
    console.error('apt-get installed chromium, but no Chromium binary was found afterwards. Set CHROMIUM_PATH to it.');
    process.exit(1);
  }
  return after.path;
}

if (import.meta.main) ensureChromium();
