/**
 * "1 question", "3 questions", "2 quizzes", "+1 step": a count with its noun in the right number.
 * `shown` is how the count is written when not as a plain number (a signed difference).
 */
export function plural(n: number, one: string, many = `${one}s`, shown = String(n)): string {
  return `${shown} ${Math.abs(n) === 1 ? one : many}`;
}
