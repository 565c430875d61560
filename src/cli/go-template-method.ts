// Methods that take arguments, on template data: docker/cli's formatting contexts have them
// (`{{.Label "com.example.app"}}` calls networkContext.Label, cli/command/network/formatter.go),
// and text/template calls a method it finds on the data with its evaluated arguments
// (text/template/exec.go evalField → evalCall). The engine's data is JSON-like, so a method is a
// GoMethod value hung on an object, out of sight of every listing of the object's keys: Go's
// formatter.MarshalJSON of a context leaves out the methods that take arguments, and so do
// `{{json .}}`, printing and `range` here.
import type { Param, Val } from './go-template-funcs'

export class GoMethod {
  /** The Go parameter types, in order (text/template checks the count and each type). */
  readonly params: readonly Param[]
  readonly call: (args: readonly Val[]) => Val
  constructor(params: readonly Param[], call: (args: readonly Val[]) => Val) {
    this.params = params
    this.call = call
  }
}

/** `target` with `methods` attached as hidden (non-enumerable) keys; returns `target`. */
export function withMethods<T extends object>(
  target: T,
  methods: Readonly<Record<string, GoMethod>>,
): T {
  for (const [name, method] of Object.entries(methods))
    Object.defineProperty(target, name, { value: method, enumerable: false })
  return target
}

/** A context's `Label(name string) string` over its labels (a missing label is ""). */
export function labelMethod(labels: Readonly<Record<string, string>> | null): GoMethod {
  return new GoMethod(['string'], ([name]) =>
    labels !== null && typeof name === 'string' && Object.hasOwn(labels, name) ? labels[name] : '',
  )
}

/**
 * A context's `Labels() string`: `k=v` pairs joined by commas. Go ranges over the map in random
 * order (network and volume contexts) or sorts the pairs (the container context); Docknet sorts.
 */
export function joinLabels(labels: Readonly<Record<string, string>> | null): string {
  if (labels === null) return ''
  return Object.entries(labels)
    .map(([k, v]) => `${k}=${v}`)
    .sort()
    .join(',')
}
