// Go text/template, as used by `docker inspect -f`, `docker network inspect -f` and
// `docker ps --format`, evaluated over plain JSON data. Errors are Go's texts; Docker prefixes
// them with "template parsing error: " (the caller adds that).
//
// Data model: JSON objects are Go maps (map[string]interface {}), arrays are []interface {},
// integral numbers are ints. Where Docker's typed structs and Go's raw-map behaviour differ,
// this follows what a Docker user sees for the common case:
// - null prints `<nil>` (a nil pointer such as .State.Health); Go would print `<no value>` for
//   a nil interface map value, and `[]` / `map[]` for nil slices / maps.
// - a missing key prints `<no value>` (Go's default missingkey); docker itself retries failed
//   typed templates on raw maps with missingkey=error: pass { missingKey: 'error' } for that.
// - a field on a missing value is `<no value>`; a field on null is Go's error
//   `nil pointer evaluating interface {}.Field`.
// - len/index/join/range treat null as an empty (nil) slice or map.
import {
  BudgetExceeded,
  checkLength,
  MAX_TEMPLATE_NESTING,
  NESTING_EXCEEDED,
  OUTPUT_EXCEEDED,
  STEPS_EXCEEDED,
  templateBudget,
  type TemplateBudget,
} from './go-template-budget'
import { fmtValue, goQuote, goTypeName, isObj, sortedKeys } from './go-template-fmt'
import { FnError, FUNCS, MISSING, truth, valid } from './go-template-funcs'
import type { Param, Val } from './go-template-funcs'
import { GoMethod } from './go-template-method'
import { location, nodeString, parseTemplate } from './go-template-parse'
import type { Arg, Cmd, Control, Pipe, TNode } from './go-template-parse'

export type TemplateResult = { ok: true; value: string } | { ok: false; error: string }
export type TemplateOptions = {
  missingKey?: 'default' | 'error'
  /** Shared by the renders of one command (a listing's rows); a fresh one when absent. */
  budget?: TemplateBudget
  /**
   * The data is one of docker/cli's formatting contexts (a `docker ps` row...): its top-level
   * fields are Go methods without arguments, so an argument is an arity error, and what they
   * return has a concrete type.
   */
  context?: boolean
}
export type RenderTemplate = typeof renderGoTemplate

const NOFINAL = Symbol('no final') // no piped-in value
class ExecError {
  readonly message: string
  constructor(message: string) {
    this.message = message
  }
}
const FUNC_NAMES: ReadonlySet<string> = new Set(Object.keys(FUNCS))
const GO_PARAM: Partial<Record<Param, string>> = {
  string: 'string',
  int: 'int',
  strings: '[]string',
}

type Node = Arg | Cmd | Pipe
type Final = Val | typeof NOFINAL

class Exec {
  out: string[] = []
  vars: { name: string; v: Val }[]
  cur: Node | null = null
  src: string
  root: Val
  missingErr: boolean
  budget: TemplateBudget
  context: boolean
  /** Pipelines and control lists being evaluated inside each other. */
  depth = 0
  constructor(src: string, root: Val, options: TemplateOptions, budget: TemplateBudget) {
    this.src = src
    this.root = root
    this.missingErr = options.missingKey === 'error'
    this.context = options.context ?? false
    this.budget = budget
    this.vars = [{ name: '$', v: root }]
  }

  /** One step of work (a node walked, a range iteration) out of the command's budget. */
  spend(): void {
    if (--this.budget.steps < 0) this.errorf(STEPS_EXCEEDED)
  }

  emit(text: string): void {
    this.budget.output -= text.length
    if (this.budget.output < 0) this.errorf(OUTPUT_EXCEEDED)
    this.out.push(text)
  }

  errorf(msg: string): never {
    const c = this.cur
    const at = c ? `:${location(this.src, c.pos)}: executing "" at <${nodeString(c)}>` : ''
    throw new ExecError(`template: ${at}: ${msg}`)
  }

  /** One level deeper; the template stops past MAX_TEMPLATE_NESTING (callers step back out). */
  enter(): void {
    if (++this.depth > MAX_TEMPLATE_NESTING) this.errorf(NESTING_EXCEEDED)
  }

  walk(dot: Val, list: readonly TNode[]): void {
    this.enter()
    for (const n of list) {
      this.spend()
      if (n.k === 'text') this.emit(n.text)
      else if (n.k === 'action') {
        const v = this.evalPipeline(dot, n.pipe)
        if (!n.pipe.decl.length) this.emit(v === MISSING ? '<no value>' : fmtValue(v))
      } else if (n.k === 'range') this.walkRange(dot, n)
      else {
        const mark = this.vars.length
        const v = this.evalPipeline(dot, n.pipe)
        if (truth(v)) this.walk(n.k === 'with' ? v : dot, n.list)
        else if (n.elseList) this.walk(dot, n.elseList)
        this.vars.length = mark
      }
    }
    this.depth--
  }

  walkRange(dot: Val, r: Control): void {
    const mark = this.vars.length
    const v = this.evalPipeline(dot, r.pipe)
    const inner = this.vars.length
    const { decl, isAssign } = r.pipe
    const iteration = (key: Val, elem: Val) => {
      this.spend()
      if (isAssign) {
        if (decl[0]) this.setVar(decl[0], decl.length > 1 ? key : elem)
        if (decl[1]) this.setVar(decl[1], elem)
      } else {
        if (decl.length > 0) this.vars[inner - 1] = { name: decl.at(-1) ?? '', v: elem }
        if (decl.length > 1) this.vars[inner - 2] = { name: decl[0] ?? '', v: key }
      }
      this.walk(elem, r.list)
      this.vars.length = inner
    }
    let n = 0
    if (Array.isArray(v)) v.forEach((e) => iteration(n++, e))
    else if (isObj(v)) {
      for (const k of sortedKeys(v)) {
        iteration(k, v[k])
        n++
      }
    } else if (typeof v === 'number' && Number.isInteger(v)) {
      if (decl.length > 1) this.errorf(`can't use ${v} to iterate over more than one variable`)
      for (; n < v; n++) iteration(n, n)
    } else if (valid(v)) this.errorf(`range can't iterate over ${fmtValue(v)}`)
    if (n <= 0 && r.elseList) this.walk(dot, r.elseList)
    this.vars.length = mark
  }

  setVar(name: string, v: Val): void {
    const found = this.vars.findLast((x) => x.name === name)
    if (!found) this.errorf(`undefined variable: ${name}`)
    else found.v = v
  }

  evalPipeline(dot: Val, pipe: Pipe): Val {
    this.cur = pipe
    this.enter()
    let v: Final = NOFINAL
    for (const c of pipe.cmds) v = this.evalCommand(dot, c, v)
    for (const name of pipe.decl) {
      if (pipe.isAssign) this.setVar(name, v)
      else this.vars.push({ name, v })
    }
    this.depth--
    return v
  }

  notAFunction(args: Arg[], final: Final): void {
    if (args.length > 1 || final !== NOFINAL) {
      this.errorf(`can't give argument to non-function ${nodeString(args[0] as Arg)}`)
    }
  }

  evalCommand(dot: Val, cmd: Cmd, final: Final): Val {
    const w = cmd.args[0] as Arg
    switch (w.k) {
      case 'field':
        this.cur = w
        return this.fieldChain(dot, dot, w.ids, cmd.args, final)
      case 'chain':
        return this.evalChain(dot, w, cmd.args, final)
      case 'ident':
        return this.evalFunction(dot, w, cmd, cmd.args, final)
      case 'var':
        return this.evalVariable(dot, w, cmd.args, final)
      case 'pipe':
        this.notAFunction(cmd.args, final)
        return this.evalPipeline(dot, w.pipe)
    }
    this.cur = w
    this.notAFunction(cmd.args, final)
    if (w.k === 'dot') return dot
    if (w.k === 'nil') return this.errorf('nil is not a command')
    return w.val
  }

  evalChain(dot: Val, chain: Extract<Arg, { k: 'chain' }>, args: Arg[] | null, final: Final): Val {
    this.cur = chain
    const recv = this.evalArg(dot, 'raw', chain.node)
    this.cur = chain
    return this.fieldChain(dot, recv, chain.ids, args, final)
  }

  evalVariable(dot: Val, v: Extract<Arg, { k: 'var' }>, args: Arg[] | null, final: Final): Val {
    this.cur = v
    const name = v.ids[0] ?? '$'
    const found = this.vars.findLast((x) => x.name === name)
    if (!found) return this.errorf(`undefined variable: ${name}`)
    if (v.ids.length > 1) return this.fieldChain(dot, found.v, v.ids.slice(1), args, final)
    this.notAFunction(args ?? [v], final)
    return found.v
  }

  /** `.A.B.C` from `recv`; only the last name gets the command's arguments (`dot` evaluates them). */
  fieldChain(dot: Val, recv: Val, ids: string[], args: Arg[] | null, final: Final): Val {
    ids.forEach((id, i) => {
      const last = i === ids.length - 1
      recv = this.evalField(dot, id, last ? args : null, last ? final : NOFINAL, recv)
    })
    return recv
  }

  evalField(dot: Val, name: string, args: Arg[] | null, final: Final, recv: Val): Val {
    if (recv === MISSING) {
      if (this.missingErr) this.errorf(`nil data; no entry for key ${goQuote(name)}`)
      return MISSING
    }
    if (recv === null) this.errorf(`nil pointer evaluating interface {}.${name}`)
    if (isObj(recv)) {
      const own = Object.prototype.hasOwnProperty.call(recv, name) ? recv[name] : undefined
      if (own instanceof GoMethod) return this.evalMethod(dot, name, own, args, final)
      const nargs = (args?.length ?? 1) - 1 + (final === NOFINAL ? 0 : 1)
      const contextMethod = this.context && recv === this.root
      if (nargs > 0 && !contextMethod) this.errorf(`${name} is not a method but has arguments`)
      if (own !== undefined) {
        if (nargs > 0) this.errorf(`wrong number of args for ${name}: want 0 got ${nargs}`)
        return own
      }
      if (this.missingErr) this.errorf(`map has no entry for key ${goQuote(name)}`)
      return MISSING
    }
    // The root, and what a context's methods return, are concrete values; anything reached
    // through a map or slice is an interface.
    const type = recv === this.root || this.context ? goTypeName(recv) : 'interface {}'
    return this.errorf(`can't evaluate field ${name} in type ${type}`)
  }

  /** A method with arguments (text/template exec.go evalCall): arity, then each argument's type. */
  evalMethod(dot: Val, name: string, m: GoMethod, args: Arg[] | null, final: Final): Val {
    const rest = args ? args.slice(1) : []
    const numIn = rest.length + (final === NOFINAL ? 0 : 1)
    if (numIn !== m.params.length)
      this.errorf(`wrong number of args for ${name}: want ${m.params.length} got ${numIn}`)
    const node = this.cur
    const argv = rest.map((a, i) => this.evalArg(dot, m.params[i] ?? 'any', a))
    this.cur = node
    if (final !== NOFINAL) argv.push(this.validate(final, m.params.at(-1) ?? 'any'))
    return m.call(argv)
  }

  evalFunction(
    dot: Val,
    id: Extract<Arg, { k: 'ident' }>,
    node: Node,
    args: Arg[] | null,
    final: Final,
  ): Val {
    this.cur = id
    const fn = FUNCS[id.name]
    if (!fn) return this.errorf(`${goQuote(id.name)} is not a defined function`)
    const name = id.name
    const rest = args ? args.slice(1) : []
    const numIn = rest.length + (final === NOFINAL ? 0 : 1)
    const n = fn.params.length
    if (fn.variadic && numIn < n)
      this.errorf(`wrong number of args for ${name}: want at least ${n} got ${rest.length}`)
    if (!fn.variadic && numIn !== n)
      this.errorf(`wrong number of args for ${name}: want ${n} got ${numIn}`)
    if (name === 'and' || name === 'or') {
      let v: Val = MISSING
      for (const a of rest) {
        v = this.evalArg(dot, 'value', a)
        if (truth(v) === (name === 'or')) return v
      }
      return final === NOFINAL ? v : final
    }
    const param = (i: number) => (i < n ? fn.params[i] : fn.variadic) ?? 'any'
    const argv = rest.map((a, i) => this.evalArg(dot, param(i), a))
    if (final !== NOFINAL)
      argv.push(this.validate(final, fn.variadic ? param(numIn - 1) : param(n - 1)))
    try {
      const v = fn.call(argv)
      if (typeof v === 'string') checkLength(v.length)
      return v
    } catch (e) {
      if (!(e instanceof FnError) && !(e instanceof BudgetExceeded)) throw e
      this.cur = node
      return this.errorf(e instanceof FnError ? `error calling ${name}: ${e.message}` : e.message)
    }
  }

  evalArg(dot: Val, p: Param, n: Arg): Val {
    this.cur = n
    switch (n.k) {
      case 'dot':
        return this.validate(dot, p)
      case 'nil':
        if (p === 'string' || p === 'int') this.errorf(`cannot assign nil to ${GO_PARAM[p]}`)
        return p === 'value' ? MISSING : null
      case 'field':
        return this.validate(this.fieldChain(dot, dot, n.ids, [n], NOFINAL), p)
      case 'var':
        return this.validate(this.evalVariable(dot, n, null, NOFINAL), p)
      case 'pipe':
        return this.validate(this.evalPipeline(dot, n.pipe), p)
      case 'ident':
        return this.validate(this.evalFunction(dot, n, n, null, NOFINAL), p)
      case 'chain':
        return this.validate(this.evalChain(dot, n, null, NOFINAL), p)
    }
    if (p === 'string' && n.k !== 'str') this.errorf(`expected string; found ${nodeString(n)}`)
    if (p === 'int' && !(n.k === 'num' && n.isInt))
      this.errorf(`expected integer; found ${nodeString(n)}`)
    if (p === 'strings') this.errorf(`can't handle ${nodeString(n)} for arg of type []string`)
    return n.val
  }

  validate(v: Val, p: Param): Val {
    if (p === 'raw' || p === 'value') return v
    if (p === 'any') return v === MISSING ? null : v
    if (p === 'string' && typeof v === 'string') return v
    if (p === 'int' && typeof v === 'number' && Number.isInteger(v)) return v
    if (p === 'strings') {
      if (!valid(v)) return []
      if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return v
    }
    if (v === MISSING) return this.errorf(`invalid value; expected ${GO_PARAM[p]}`)
    const got = v === null ? 'interface {}' : goTypeName(v)
    return this.errorf(`wrong type for value; expected ${GO_PARAM[p]}; got ${got}`)
  }
}

let lastParsed: { readonly src: string; readonly tree: readonly TNode[] } | null = null

/** The parse of `src`; a listing renders one template per row, so the last one is kept. */
function parsed(src: string): readonly TNode[] {
  if (lastParsed?.src !== src) lastParsed = { src, tree: parseTemplate(src, FUNC_NAMES) }
  return lastParsed.tree
}

/**
 * Renders a Go text/template over JSON data, with Docker's template functions. On failure,
 * `error` is Go's error text, e.g. `template: :1: unexpected "}" in operand` (parse) or
 * `template: :1:2: executing "" at <.X.Y>: nil pointer evaluating interface {}.Y` (execution).
 */
export function renderGoTemplate(
  template: string,
  data: unknown,
  options: TemplateOptions = {},
): TemplateResult {
  let tree: readonly TNode[]
  try {
    tree = parsed(template)
  } catch (e) {
    if (typeof e === 'string') return { ok: false, error: e }
    throw e
  }
  const root = data === null || data === undefined ? MISSING : data
  const budget = options.budget ?? templateBudget()
  const exec = new Exec(template, root, options, budget)
  try {
    exec.walk(root, tree)
  } catch (e) {
    if (e instanceof ExecError) return { ok: false, error: e.message }
    throw e
  }
  return { ok: true, value: exec.out.join('') }
}
