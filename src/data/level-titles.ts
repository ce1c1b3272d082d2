/** Level id → display title ("Staff Engineer"), for quiz badges and per-level scores, in one language. */
import { getLadder } from './ladder.ts';

export async function getLevelTitles(code?: string): Promise<Record<string, string>> {
  return Object.fromEntries((await getLadder(code)).levels.map((level) => [level.id, level.title]));
}
