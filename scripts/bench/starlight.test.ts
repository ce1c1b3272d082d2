import { describe, expect, it } from 'vitest';
import { editMarker, withSentence } from './edits.ts';
import { starlightPath, toStarlightChapter } from './starlight.ts';

const chapter = `---
title: Review cadence
description: How often to review.
levels:
  - staff
---

Opening words. It builds on [the last one](chapter:part-01/c0001-a-b#why), and the [staff level](level:staff) shows it.

<Callout kind="tip" title="Keep it short">

Tip text.

</Callout>

See [above](#why-it-matters).

<Takeaways>

- One point.

</Takeaways>
`;

describe('the chapters Starlight builds', () => {
  it('keeps the text, turns links by content id into their text and callouts into asides', () => {
    expect(toStarlightChapter(chapter)).toBe(`---
title: "Review cadence"
description: "How often to review."
---

Opening words. It builds on the last one, and the staff level shows it.

:::tip[Keep it short]

Tip text.

:::

See [above](#why-it-matters).

:::note[Takeaways]

- One point.

:::
`);
  });

  it.each([
    ['chapters/part-01/001-c0001-a-b.mdx', 'part-01/c0001-a-b.mdx'],
    ['chapters/part-400/025-c10000-x-y.mdx', 'part-400/c10000-x-y.mdx'],
  ])('%s goes to docs/%s', (from, to) => {
    expect(starlightPath(from)).toBe(to);
  });
});

describe('an edit the bench makes', () => {
  it('adds the sentence to the first paragraph after the frontmatter, for either tool', () => {
    const edited = withSentence(chapter, editMarker(7));
    expect(edited).toContain('shows it. Edited sentence number 7 says zqxedit7.\n\n<Callout');
    expect(withSentence(toStarlightChapter(chapter), editMarker(7))).toContain('shows it. Edited sentence number 7 says zqxedit7.\n\n:::tip');
  });
});
