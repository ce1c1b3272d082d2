/**
 * `npm run check`: validates all content (schemas, ladder, quiz rules, links by id, the props of
 * components in MDX) without a build, through the same reading the site is built from, and prints
 * every problem at once. Exit status 1 when any.
 */
import { loadHandbookConfig } from '../src/integrations/handbook-config.ts';
import { snapshotContent } from '../src/integrations/content-files.ts';
import { readContentModel } from '../src/lib/content/read-content.ts';
import { formatProblems } from '../src/lib/errors.ts';

const started = performance.now();
const config = await loadHandbookConfig();
const snapshot = await snapshotContent(config.contentPath, config.rootPath);
const { problems } = readContentModel(snapshot);
const revisionFiles = (snapshot.revisions ?? []).reduce((n, r) => n + r.levels.length + [r.revision, r.tracks, r.activities, r.dimensions].filter(Boolean).length, 0);
const files = snapshot.chapters.length + snapshot.levels.length + snapshot.quizzes.length + 5 + (snapshot.revision ? 1 : 0) + revisionFiles;
const seconds = ((performance.now() - started) / 1000).toFixed(2);
if (problems.length) {
  console.error(formatProblems(problems));
  console.error(`\nChecked ${files} files in ${seconds} s.`);
  process.exit(1);
}
console.log(`Content is sound: ${files} files checked in ${seconds} s.`);
