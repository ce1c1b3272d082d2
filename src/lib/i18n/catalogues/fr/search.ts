/** Interface strings of the search form, in French (see ../en/search.ts). */
import type { search as english } from '../en/search.ts';
import type { AreaOf } from '../en/index.ts';

export const search: AreaOf<typeof english> = {
  'searchForm.label': 'Rechercher dans le manuel',
  'searchForm.placeholder': 'Rechercher des chapitres, niveaux et quiz',
  'searchForm.submit': 'Rechercher',
  'searchForm.filter.kind': 'Type',
  'searchForm.filter.part': 'Partie',
  'searchForm.filter.level': 'Niveau',
  'searchForm.filter.track': 'Filière',
  'searchForm.any': 'Indifférent',
  'search.option': '{value} ({count})',
  'search.none': 'Aucun résultat.',
  'search.results': { one: '{count} résultat.', many: '{count} de résultats.', other: '{count} résultats.' },
  'search.resultsFirst': {
    one: '{count} résultat\u00a0; les {shown} premiers sont affichés.',
    many: '{count} de résultats\u00a0; les {shown} premiers sont affichés.',
    other: '{count} résultats\u00a0; les {shown} premiers sont affichés.',
  },
};
