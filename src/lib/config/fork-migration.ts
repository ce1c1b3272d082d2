/**
 * Moving a fork made the old way (its config, content and public files edited in place) into its
 * own org/ folder, planned without touching the disk: which folders move where, how the moved config
 * file must read, and which default files come back from upstream. `npm run fork:migrate` carries it
 * out with git. Afterwards the default files are upstream's own again, so `git merge upstream/main`
 * has nothing of the fork's to conflict with.
 */
import { DEFAULT_CONFIG, ORG_CONFIG, ORG_FOLDER } from './config-paths.ts';

export interface ForkMigrationInput {
  /** The text of the fork's handbook.config.ts. */
  configText: string;
  /** The fork's content and public folders, relative to the project root. */
  contentDir: string;
  publicDir: string;
  /** Whether org/ exists already. */
  orgExists: boolean;
}

export interface Move {
  readonly from: string;
  readonly to: string;
}

export type ForkMigrationPlan =
  | {
      readonly ok: true;
      /** `git mv` these, in order. */
      readonly moves: readonly Move[];
      /** The moved config file's new text (import and folders relative to org/). */
      readonly configText: string;
      /** The default handbook's files to check out from upstream once moved. */
      readonly restore: readonly string[];
    }
  | { readonly ok: false; readonly error: string };

const inside = (dir: string) => !dir.startsWith('..') && !dir.startsWith('/') && dir !== '' && dir !== '.';

export function planForkMigration(input: ForkMigrationInput): ForkMigrationPlan {
  if (input.orgExists) return { ok: false, error: `${ORG_FOLDER}/ exists already: this fork keeps its handbook there, so there is nothing to migrate` };
  for (const [key, dir] of [['contentDir', input.contentDir], ['publicDir', input.publicDir]] as const) {
    if (!inside(dir)) return { ok: false, error: `${key} is "${dir}", outside the project: move it into ${ORG_FOLDER}/ by hand` };
  }
  const configText = input.configText
    .replace(/from\s+(['"])[^'"]*src\/schemas\/handbook-config\.ts\1/g, "from '#ladderbook/config'")
    .replace(/(contentDir:\s*)(['"])[^'"]*\2/, "$1'content'")
    .replace(/(publicDir:\s*)(['"])[^'"]*\2/, "$1'public'");
  return {
    ok: true,
    moves: [
      { from: DEFAULT_CONFIG, to: ORG_CONFIG },
      { from: input.contentDir, to: `${ORG_FOLDER}/content` },
      { from: input.publicDir, to: `${ORG_FOLDER}/public` },
    ],
    configText,
    restore: [DEFAULT_CONFIG, 'content', 'public'],
  };
}
