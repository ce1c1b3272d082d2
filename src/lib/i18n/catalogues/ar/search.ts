/** Interface strings of the search form, in Arabic (Modern Standard; see ../en/search.ts). */
import type { search as english } from '../en/search.ts';
import type { AreaOf } from '../en/index.ts';

export const search: AreaOf<typeof english> = {
  'searchForm.label': 'البحث في الدليل',
  'searchForm.placeholder': 'ابحث في الفصول والمستويات والاختبارات',
  'searchForm.submit': 'بحث',
  'searchForm.filter.kind': 'النوع',
  'searchForm.filter.part': 'الجزء',
  'searchForm.filter.level': 'المستوى',
  'searchForm.filter.track': 'المسار',
  'searchForm.any': 'الكل',
  'search.option': '{value} ({count})',
  'search.none': 'لا توجد نتائج.',
  'search.results': { zero: 'لا توجد نتائج.', one: 'نتيجة واحدة.', two: 'نتيجتان.', few: '{count} نتائج.', many: '{count} نتيجة.', other: '{count} نتيجة.' },
  'search.resultsFirst': {
    zero: 'لا توجد نتائج.',
    one: 'نتيجة واحدة، تُعرض أول {shown} منها.',
    two: 'نتيجتان، تُعرض أول {shown} منهما.',
    few: '{count} نتائج، تُعرض أول {shown} منها.',
    many: '{count} نتيجة، تُعرض أول {shown} منها.',
    other: '{count} نتيجة، تُعرض أول {shown} منها.',
  },
};
