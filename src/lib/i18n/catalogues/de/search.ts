/** Interface strings of the search form, in German (see ../en/search.ts). */
import type { search as english } from '../en/search.ts';
import type { AreaOf } from '../en/index.ts';

export const search: AreaOf<typeof english> = {
  'searchForm.label': 'Das Handbuch durchsuchen',
  'searchForm.placeholder': 'Kapitel, Level und Quizze durchsuchen',
  'searchForm.submit': 'Suchen',
  'searchForm.filter.kind': 'Art',
  'searchForm.filter.part': 'Teil',
  'searchForm.filter.level': 'Level',
  'searchForm.filter.track': 'Track',
  'searchForm.any': 'Alle',
  'search.option': '{value} ({count})',
  'search.none': 'Keine Treffer.',
  'search.results': { one: '{count} Treffer.', other: '{count} Treffer.' },
  'search.resultsFirst': { one: '{count} Treffer, die ersten {shown} werden gezeigt.', other: '{count} Treffer, die ersten {shown} werden gezeigt.' },
};
