/** Ids of parts and chapters on the print page: `print-chapter-mentorship-feedback`. */
export function printAnchor(kind: 'chapter' | 'part', id: string): string {
  return `print-${kind}-${id.replaceAll('/', '-')}`;
}
