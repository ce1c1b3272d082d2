/**
 * `t(key, params)` over one language's catalogue, typed by the default catalogue: a key that does
 * not exist, a missing parameter or a parameter the message does not take is a compile error.
 */
import { formatMessage, type Message, type Params, type ParamsOf } from './message.ts';

/** The arguments after the key: none for a plain text, else a value for every placeholder. */
export type ArgsOf<M> = [ParamsOf<M>] extends [never] ? [] : [params: { readonly [P in ParamsOf<M>]: string | number }];

/** A translate function over catalogue type C (the default catalogue's literal type). */
export type Translate<C> = <K extends keyof C & string>(key: K, ...args: ArgsOf<C[K]>) => string;

/** The translate function of one language: `messages` is its catalogue, `lang` its BCP 47 tag. */
export function translator<C>(lang: string, messages: { readonly [K in keyof C]: Message }): Translate<C> {
  return (key, ...args) => formatMessage(lang, messages[key] as Message, (args[0] ?? {}) as Params);
}
