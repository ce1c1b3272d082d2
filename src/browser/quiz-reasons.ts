/**
 * The reasons a question gives for the picked choices, for the feedback after a check (quiz-check.ts
 * and the review). A module of its own so that quiz pages load it with the grading, not at once.
 */

/**
 * The reasons given for the picked choices (already in the page, in the answer's <details>, each
 * `[data-why]` item: its letter and verdict, then the reason), copied for the feedback box, without
 * the whitespace around them. Their nodes are copied as they are, so a reason keeps its `lang`.
 */
export function pickedReasons(f: HTMLFieldSetElement): Node[][] {
  return [...f.querySelectorAll<HTMLInputElement>('input:checked')].flatMap((input) => {
    const why = f.querySelector(`[data-why="${CSS.escape(input.value)}"]`);
    if (!why) return [];
    const nodes = [...why.childNodes];
    const blank = (n: Node | undefined) => n?.nodeType === Node.TEXT_NODE && !n.textContent?.trim();
    while (blank(nodes[0])) nodes.shift();
    while (blank(nodes.at(-1))) nodes.pop();
    return [nodes.map((n) => n.cloneNode(true))];
  });
}
