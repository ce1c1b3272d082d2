/**
 * Each question kind's browser code (grading, reading and writing its form), by question type: an
 * exhaustive map, like ../registry.ts, whose entries load on demand, so a page loads only the kinds
 * it shows. Saved answers' checks are in ./answers.ts, which every page that reads progress needs.
 */
import type { AnswerOf, KeyEntryOf, QuestionType } from '../types.ts';
import type { AnswerBase, ClientKind, KeyEntryBase } from './kind.ts';

export const clientLoaders = {
  single: () => import('./single/client.ts').then((m) => m.singleClient),
  multiple: () => import('./multiple/client.ts').then((m) => m.multipleClient),
  order: () => import('./order/client.ts').then((m) => m.orderClient),
  open: () => import('./self-graded/client.ts').then((m) => m.selfGradedClient),
  scenario: () => import('./self-graded/client.ts').then((m) => m.selfGradedClient),
  design: () => import('./self-graded/client.ts').then((m) => m.selfGradedClient),
  match: () => import('./match/client.ts').then((m) => m.matchClient),
} satisfies { [T in QuestionType]: () => Promise<ClientKind<KeyEntryOf<T>, AnswerOf<T>>> };

/** Loads the browser code of the given types (each once), for grading and for reading forms. */
export async function loadClients(types: Iterable<QuestionType>): Promise<Clients> {
  const unique = [...new Set(types)];
  const loaded = await Promise.all(unique.map(async (type) => [type, await clientLoaders[type]()] as const));
  return Object.fromEntries(loaded) as Clients;
}

/** The loaded browser code of some kinds (kinds/loaders.ts › loadClients). */
export type Clients = { readonly [T in QuestionType]?: ClientKind<KeyEntryOf<T>, AnswerOf<T>> };

/**
 * The client for an entry's type. Widened to any entry and answer: the map's entries each take
 * only their own types, which TypeScript cannot line up with a union-typed entry (the entry picks
 * its own client, so the pair always matches).
 */
export function clientFor(entry: { type: QuestionType }, clients: Clients): ClientKind<KeyEntryBase, AnswerBase> {
  const client = clients[entry.type] as ClientKind<KeyEntryBase, AnswerBase> | undefined;
  if (!client) throw new Error(`the code of "${entry.type}" questions is not loaded`);
  return client;
}
