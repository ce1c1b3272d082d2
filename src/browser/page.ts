/**
 * The only script a reading page loads (kept under 2 KB gzipped): the theme switch, the keys
 * and clicks that open search, and a fallback that marks the current section in the table of
 * contents where CSS `scroll-target-group` is not supported. Search itself loads on first use.
 */
import { THEME_KEY } from '../lib/shared/theme.ts';
import type { CheckEventName, CheckRequest } from './quiz-events.ts';

const root = document.documentElement;
const themes = ['system', 'light', 'dark'] as const;
type Theme = (typeof themes)[number];

function savedTheme(): Theme {
  try {
    const t = localStorage.getItem(THEME_KEY);
    return t === 'light' || t === 'dark' ? t : 'system';
  } catch {
    return 'system';
  }
}

function applyTheme(theme: Theme, button: HTMLElement): void {
  if (theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = theme;
  // The words come from the page, in its language: theme → [label, title].
  const [label, title] = (JSON.parse(button.dataset.labels ?? '{}') as Record<Theme, [string, string]>)[theme] ?? [theme, theme];
  button.setAttribute('aria-label', label);
  button.title = title;
}

const toggle = document.querySelector<HTMLButtonElement>('[data-theme-toggle]');
if (toggle) {
  toggle.hidden = false;
  applyTheme(savedTheme(), toggle);
  toggle.addEventListener('click', () => {
    const next = themes[(themes.indexOf(savedTheme()) + 1) % themes.length]!;
    try {
      if (next === 'system') localStorage.removeItem(THEME_KEY);
      else localStorage.setItem(THEME_KEY, next);
    } catch {
      /* storage unavailable: the choice lasts for this page only */
    }
    applyTheme(next, toggle);
  });
}

const dialog = document.querySelector<HTMLDialogElement>('dialog.search-dialog');
async function openSearch(): Promise<void> {
  if (!dialog) return;
  await import('./search.ts');
  if (!dialog.open) dialog.showModal();
  dialog.querySelector('input')?.focus();
}

document.addEventListener('click', (event) => {
  const trigger = (event.target as Element | null)?.closest('[data-search-open]');
  if (trigger && dialog && !event.metaKey && !event.ctrlKey && !event.shiftKey) {
    event.preventDefault();
    void openSearch();
  }
});
document.addEventListener('keydown', (event) => {
  const target = event.target as HTMLElement;
  const typing = target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
  if ((event.key === '/' && !typing) || (event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey))) {
    event.preventDefault();
    void openSearch();
  }
});

// Quizzes embedded in chapters and level pages: their script loads when the reader gets near
// one or touches it, so reading pages load no quiz code up front.
const quizzes = document.querySelectorAll('lb-quiz');
if (quizzes.length && !customElements.get('lb-quiz')) {
  const load = () => void import('./quiz.ts');
  const near = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && (near.disconnect(), load()), { rootMargin: '100% 0px' });
  for (const quiz of quizzes) {
    near.observe(quiz);
    quiz.addEventListener('focusin', load, { once: true });
    quiz.addEventListener('pointerdown', load, { once: true });
  }
}

// "Check answers" in a quiz: the grading code loads on the first check (see quiz.ts › check).
document.addEventListener('lb-quiz-check' satisfies CheckEventName, (event) => {
  const { key, answers, clients } = (event as CustomEvent<CheckRequest>).detail;
  void import('./quiz-check.ts').then((m) => m.checkQuiz(event.target as HTMLElement, key, answers, clients));
});

// Table of contents: mark the section in view where CSS cannot.
const tocLinks = [...document.querySelectorAll<HTMLAnchorElement>('.toc a[href^="#"]')];
if (tocLinks.length && !CSS.supports('scroll-target-group', 'auto')) {
  const byId = new Map(tocLinks.map((a) => [decodeURIComponent(a.hash.slice(1)), a]));
  const observer = new IntersectionObserver(
    (entries) => {
      const visible = entries.filter((e) => e.isIntersecting).map((e) => e.target.id);
      if (!visible.length) return;
      for (const a of tocLinks) a.removeAttribute('aria-current');
      byId.get(visible[0]!)?.setAttribute('aria-current', 'true');
    },
    { rootMargin: '0px 0px -70% 0px' },
  );
  for (const id of byId.keys()) {
    const heading = document.getElementById(id);
    if (heading) observer.observe(heading);
  }
}
