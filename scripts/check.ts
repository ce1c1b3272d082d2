/**
 * `npm run check`: validates all content (schemas, ladder, quiz rules, links by id) in a few
 * seconds without a build, and prints every problem at once. Exit status 1 when any.
 */
import { loadHandbookConfig } from '../src/integrations/handbook-config.ts';
import { readContent } from '../src/integrations/content-files.ts';
import { checkContent } from '../src/lib/check/check-content.ts';
import { formatProblems } from '../src/lib/errors.ts';

const started = performance.now();
const config = await loadHandbookConfig();
const snapshot = await readContent(config.contentPath, config.rootPath);
const { problems } = checkContent(snapshot);
const files = snapshot.chapters.length + snapshot.levels.length + snapshot.quizzes.length + 5;
const seconds = ((performance.now() - started) / 1000).toFixed(2);
if (problems.length) {
  console.error(formatProblems(problems));
  console.error(`\nChecked ${files} files in ${seconds} s.`);
  process.exit(1);
}
console.log(`Content is sound: ${files} files checked in ${seconds} s.`);
