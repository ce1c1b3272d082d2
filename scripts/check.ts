/**
 * `npm run check`: validates all content (schemas, ladder, quiz rules, links by id, the props of
 * components in MDX) without a build, through the same reading the site is built from, and prints
 * every problem at once. Exit status 1 when any.
 */
import { loadHandbookConfig } from '../src/integrations/handbook-config.ts';
import { snapshotContent } from '../src/integrations/content-files.ts';
import { readContentModel } from '../src/lib/content/read-content.ts';
import { formatProblems } from '../src/lib/errors.ts';
import { formatTranslationStatus } from '../src/lib/content/translation-report.ts';

const started = performance.now();
const config = await loadHandbookConfig();
const snapshot = await snapshotContent(config.contentPath, config.rootPath);
const { problems, model } = readContentModel(snapshot, { locales: config.locales });
const revisionFiles = (snapshot.revisions ?? []).reduce((n, r) => n + r.levels.length + [r.revision, r.tracks, r.activities, r.dimensions].filter(Boolean).length, 0);
const translationFiles = (snapshot.translations ?? []).reduce(
  (n, t) => n + t.chapters.length + t.levels.length + t.quizzes.length + [t.parts, t.paths, t.tracks, t.activities, t.dimensions, t.revision].filter(Boolean).length,
  0,
);
const files =
  snapshot.chapters.length + snapshot.levels.length + snapshot.quizzes.length + 5 + (snapshot.revision ? 1 : 0) + revisionFiles + translationFiles + (snapshot.strings ?? []).length;
// The translation status comes first: it is information, the problems below are what fails the check.
const status = formatTranslationStatus(model.translationStatus, config.locales, process.argv.includes('--translations'));
if (status.length) console.log(['Translations:', ...status.map((line) => `  ${line}`)].join('\n') + '\n');
const seconds = ((performance.now() - started) / 1000).toFixed(2);
if (problems.length) {
  console.error(formatProblems(problems));
  console.error(`\nChecked ${files} files in ${seconds} s.`);
  process.exit(1);
}
console.log(`Content is sound: ${files} files checked in ${seconds} s.`);
