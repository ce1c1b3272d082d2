/**
 * Interface strings of the search form (header dialog and search page), in English. `searchForm.`
 * keys are rendered on the server; `search.` keys are sent to the browser for <lb-search>.
 */
export const search = {
  'searchForm.label': 'Search the handbook',
  'searchForm.placeholder': 'Search chapters, levels and quizzes',
  'searchForm.submit': 'Search',
  'searchForm.filter.kind': 'Kind',
  'searchForm.filter.part': 'Part',
  'searchForm.filter.level': 'Level',
  'searchForm.filter.track': 'Track',
  'searchForm.any': 'Any',
  'search.option': '{value} ({count})',
  'search.none': 'No results.',
  'search.results': { one: '{count} result.', other: '{count} results.' },
  'search.resultsFirst': { one: '{count} result, showing the first {shown}.', other: '{count} results, showing the first {shown}.' },
} as const;
