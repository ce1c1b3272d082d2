/** What authors read when something published names a draft chapter, wherever that reference is. */
export function draftReference(ref: string): { message: string; hint: string } {
  return {
    message: `"${ref}" is a draft chapter, which is not published`,
    hint: 'remove "draft: true" from that chapter to publish it, or point to a published page until then',
  };
}
