/**
 * Coded engine errors. Operations never throw for a user's mistake: they return one of these,
 * `{ code, params }`, and views decide on the code and its facts. Docker's words for them live
 * in errors.ts (`errorText`), imported only by what prints them (the CLI, the diagnostics, the
 * tests), so the first paint carries the codes without the catalogue.
 */
import type { Messages } from './errors'

export type ErrorCode = keyof Messages

/** The facts a code's message is made of (`{}` for a code without any). */
export type ErrorParams<C extends ErrorCode> =
  Parameters<Messages[C]> extends [infer P] ? P : Record<string, never>

/** One refusal: its code and the facts Docker's message for it is made of. */
export type EngineError = {
  readonly [C in ErrorCode]: {
    readonly code: C
    readonly params: ErrorParams<C>
  }
}[ErrorCode]

/** Builds the coded error; `errorText` words it when something prints it. */
export function engineError<C extends ErrorCode>(
  code: C,
  ...params: Parameters<Messages[C]>
): EngineError {
  return { code, params: params[0] ?? {} } as EngineError
}
