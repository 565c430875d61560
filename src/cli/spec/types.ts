/**
 * The shape of the command table: what the docker client (cobra + pflag) knows about each
 * command before it talks to a daemon. One table (./table.ts) holds every command; one parser
 * (./parse-flags.ts, ./args.ts) and one help printer (./help.ts) read it.
 */
import type { ShellState, Step } from '../state'
import type { Checked } from './values'

/** A flag as pflag declares it. `type` is the value type pflag prints in help (`list`, `int`). */
export interface FlagDef {
  readonly long: string
  readonly short?: string
  /** pflag's Value.Type(): `bool`, `string`, `int`, `list`, `filter`, `duration`... */
  readonly type: string
  /** The value parser, where it is not the one `type` names (`--memory-swap` takes -1). */
  readonly valueType?: string
  readonly usage: string
  /** The default as help prints it, when it is not the type's zero value. */
  readonly default?: string
  /** Not listed in help (an alias such as `--net`). */
  readonly hidden?: boolean
  /** pflag's MarkDeprecated message: hidden, and a notice when used. */
  readonly deprecated?: string
  /** The flag's own value check (opts.ValidateEnv...): an error message, or null when valid. */
  readonly validate?: (value: string) => Checked
}

/** cobra's positional-argument rules (docker/cli cli/required.go, and cobra.ExactArgs). */
export type ArgRule =
  | { readonly kind: 'none' }
  | { readonly kind: 'any' }
  | { readonly kind: 'exact'; readonly n: number }
  | { readonly kind: 'min'; readonly n: number }
  | { readonly kind: 'max'; readonly n: number }
  | { readonly kind: 'range'; readonly min: number; readonly max: number }
  /** cobra's own ExactArgs: `accepts N arg(s), received M`, no usage. */
  | { readonly kind: 'cobraExact'; readonly n: number }

export type FlagValues = ReadonlyMap<string, readonly string[]>

/** A command line that passed flag parsing and the argument count. */
export interface Invocation {
  /** The command path as invoked, for messages: `network rm`, `container ls`. */
  readonly path: string
  readonly flags: FlagValues
  readonly args: readonly string[]
  /** What a pipe feeds the command (`echo y | docker network prune`); null without one. */
  readonly stdin?: string | null
}

export type RunCommand = (state: ShellState, call: Invocation) => Step

export interface CommandSpec {
  /** Words after `docker`: `ps`, `network create`. */
  readonly path: string
  /** Other names of the last word (`network remove`). */
  readonly aliases?: readonly string[]
  /** Names in the `docker container` group (`ls`, `list`, `ps` for `docker ps`); first is its name. */
  readonly containerNames?: readonly string[]
  /** cobra's Use after the name: `[OPTIONS] NETWORK`. */
  readonly use: string
  /** The text help prints under Usage (cobra's Long, else Short). */
  readonly description: string
  /** The one-line summary group listings print, when it differs from the description. */
  readonly short?: string
  /** The Aliases line of help, when the command has one. */
  readonly aliasLine?: string
  readonly flags: readonly FlagDef[]
  /** pflag SetInterspersed(false): flags end at the first positional argument. */
  readonly stopAtFirstArg?: boolean
  readonly args: ArgRule
  /** The daemon side; omitted where the simulator does not simulate the command. */
  readonly run?: RunCommand
}
