/**
 * The interface's words, typed and grouped by screen: each group is a bundle of English
 * messages, the source of its keys and of each message's parameters, with its Chinese
 * translation loaded when Chinese is chosen. A translation must have every key, each of the
 * same shape: a missing or misshapen message fails the type check. Docker's own output
 * (command output, error texts) is never translated: real Docker prints English.
 */

export const LANGUAGES = ['en', 'zh'] as const
export type Language = (typeof LANGUAGES)[number]

/** A group's English messages: text, or a function of the facts it says. */
export type Messages = Readonly<Record<string, string | ((p: never) => string)>>

/** The same group in another language: every key, each of the same shape. */
export type Translation<M extends Messages> = {
  readonly [K in keyof M]: M[K] extends (p: infer P) => string ? (p: P) => string : string
}

export interface MessageBundle<M extends Messages> {
  readonly en: M
  /** The Chinese messages, loaded on first use in Chinese. */
  readonly zh: () => Promise<Translation<M>>
}

/** The parameters a message takes, if any. */
export type MessageParams<M extends Messages, K extends keyof M> = M[K] extends (
  p: infer P,
) => string
  ? [params: P]
  : []

/** Looks a message up and fills it in. */
export type Translate<M extends Messages> = <K extends keyof M & string>(
  key: K,
  ...params: MessageParams<M, K>
) => string

export function defineMessages<M extends Messages>(
  en: M,
  zh: () => Promise<Translation<M>>,
): MessageBundle<M> {
  return { en, zh }
}

const translators = new WeakMap<object, Translate<Messages>>()

/** The translate function over one catalog (the same function for the same catalog). */
export function translator<M extends Messages>(catalog: M | Translation<M>): Translate<M> {
  const kept = translators.get(catalog)
  if (kept) return kept as Translate<M>
  const t = ((key: string, ...params: unknown[]) => {
    const message = (catalog as Record<string, string | ((p: unknown) => string)>)[key]
    return typeof message === 'function' ? message(params[0]) : (message ?? key)
  }) as Translate<M>
  translators.set(catalog, t as Translate<Messages>)
  return t
}
