/** Level id → display title ("Staff Engineer"), for quiz badges and per-level scores. */
import content from 'virtual:ladderbook/content';

const titles = Object.fromEntries(content.ladder.levels.map((level) => [level.id, level.title]));

export async function getLevelTitles(): Promise<Record<string, string>> {
  return titles;
}
