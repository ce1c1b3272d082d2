/** Interface strings of the search form, in Spanish (see ../en/search.ts). */
import type { search as english } from '../en/search.ts';
import type { AreaOf } from '../en/index.ts';

export const search: AreaOf<typeof english> = {
  'searchForm.label': 'Buscar en el manual',
  'searchForm.placeholder': 'Busca capítulos, niveles y quizzes',
  'searchForm.submit': 'Buscar',
  'searchForm.filter.kind': 'Tipo',
  'searchForm.filter.part': 'Parte',
  'searchForm.filter.level': 'Nivel',
  'searchForm.filter.track': 'Trayectoria',
  'searchForm.any': 'Cualquiera',
  'search.option': '{value} ({count})',
  'search.none': 'No hay resultados.',
  'search.results': { one: '{count} resultado.', many: '{count} de resultados.', other: '{count} resultados.' },
  'search.resultsFirst': {
    one: '{count} resultado; se muestran los {shown} primeros.',
    many: '{count} de resultados; se muestran los {shown} primeros.',
    other: '{count} resultados; se muestran los {shown} primeros.',
  },
};
