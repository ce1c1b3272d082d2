/**
 * The fork point: a handbook's identity. Change these to publish your own ladder.
 * `site`, `base` and `contentDir` can also be set from the environment (HANDBOOK_SITE,
 * HANDBOOK_BASE, HANDBOOK_CONTENT_DIR), e.g. by a deploy job.
 */
import { defineHandbook } from '#ladderbook/config';

export default defineHandbook({
  title: 'Ladderbook',
  organisation: 'The Ladderbook project',
  description:
    'An engineering career handbook beyond Senior: Staff, Principal, Engineering Manager, Data and AI Architect, and the mentoring and feedback skills that get people there.',
  site: 'https://ladderbook.example.org',
  base: '/',
  repository: 'https://github.com/ladderbook/ladderbook',
  editUrl: 'https://github.com/ladderbook/ladderbook/edit/main/',
  contentDir: 'content',
  colors: { accent: '#2f54c9', accentDark: '#8fb0ff' },
  features: { quizzes: true, selfAssessment: true, review: true },
  // The first language is the default, served at the root; each other one under /<code>/, from
  // content/translations/<code>/. A page not translated yet is shown in the default language and says so.
  locales: [
    { code: 'en', label: 'English', lang: 'en' },
    {
      code: 'de',
      label: 'Deutsch',
      lang: 'de',
      description:
        'Ein Handbuch zur Laufbahn von Engineers jenseits von Senior: Staff, Principal, Engineering Manager, Data und AI Architect, und die Mentoring- und Feedback-Fähigkeiten, die dorthin führen.',
    },
  ],
});
