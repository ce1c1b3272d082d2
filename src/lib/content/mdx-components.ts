/**
 * The components authors use in MDX are content too: each use is checked against the props its
 * component takes (src/schemas/mdx-components.ts), and props that name other content (a quiz id,
 * level ids) must name something that exists. Every problem carries the file and line of the tag.
 */
import { closest, listChoices, withoutMisspeltKeys, zodProblems, type Problem } from '../errors.ts';
import { mdxComponentProps, type MdxComponentName } from '../../schemas/mdx-components.ts';
import type { MdxElement } from '../check/mdx-source.ts';
import type { LinkIndex } from '../links/resolve.ts';

const NAMES = Object.keys(mdxComponentProps) as MdxComponentName[];

const isComponentName = (name: string): name is MdxComponentName => Object.hasOwn(mdxComponentProps, name);

/** Every problem with the components used in one file. Lowercase tags are HTML and are left alone. */
export function componentProblems(file: string, elements: readonly MdxElement[], index: LinkIndex): Problem[] {
  return elements.flatMap((element) => {
    if (/^[a-z]/.test(element.name)) return [];
    const at = { file, line: element.line };
    if (!isComponentName(element.name)) {
      const guess = closest(element.name, NAMES);
      return [
        {
          ...at,
          path: [],
          message: `<${element.name}> is not a component authors can use`,
          hint: guess ? `did you mean <${guess}>?` : `use one of ${listChoices(NAMES.map((n) => `<${n}>`))}, or plain Markdown`,
        },
      ];
    }
    const schema = mdxComponentProps[element.name];
    const expressionProblems: Problem[] = element.expressions.map((name) => ({
      ...at,
      path: [element.name, name],
      message: name === '...' ? 'a {...spread} of props cannot be checked' : `the value of ${name} is a {…} expression, which cannot be checked`,
      hint: name === '...' ? 'write each prop out as name="value"' : `write it as plain text: ${name}="…"`,
    }));
    const parsed = schema.safeParse(element.attributes, { reportInput: true });
    const propProblems = parsed.success
      ? referenceProblems(element.name, element.attributes, index)
      : zodProblems(file, withoutMisspeltKeys(parsed.error), [element.name], schema).filter(
          // A prop written as an expression is there, only unreadable: it was reported above.
          (p) => !(p.message.startsWith('missing required') && element.expressions.includes(String(p.path[1]))),
        );
    return [...expressionProblems, ...propProblems.map((p) => ({ ...p, ...at }))];
  });
}

/** Props that name other content: the quiz of `<Quiz id>`, the levels of `<WeekTable levels>`. */
function referenceProblems(name: MdxComponentName, props: Record<string, string | true>, index: LinkIndex): Omit<Problem, 'file'>[] {
  if (name === 'Quiz') {
    const id = String(props.id);
    if (index.ids.quiz.has(id)) return [];
    const guess = closest(id, index.ids.quiz);
    return [{ path: [name, 'id'], message: `<Quiz id="${id}"> names no quiz`, hint: guess ? `did you mean "${guess}"?` : 'a quiz id is a file name in quizzes/ without .yaml' }];
  }
  if (name === 'WeekTable') {
    return String(props.levels)
      .split(/\s+/)
      .filter((id) => id && !index.ids.level.has(id))
      .map((id) => {
        const guess = closest(id, index.ids.level);
        return { path: [name, 'levels'], message: `"${id}" is not a level of the ladder`, hint: guess ? `did you mean "${guess}"?` : `levels: ${[...index.ids.level].join(', ')}` };
      });
  }
  return [];
}
