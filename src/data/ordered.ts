/** Entries of a list-file collection in file order, without the loader's `order` field. */
export function inFileOrder<D extends { order: number }>(entries: readonly { data: D }[]): Omit<D, 'order'>[] {
  return [...entries]
    .sort((a, b) => a.data.order - b.data.order)
    .map((entry) => {
      const { order: _order, ...rest } = entry.data;
      return rest;
    });
}
