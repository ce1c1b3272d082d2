/** The letter a quiz shows for the option at `index` (0 → A), on the page, the worksheet and its answers. */
export function letter(index: number): string {
  return String.fromCharCode(65 + index);
}
