/**
 * Recursion without the JavaScript stack: a recursive function written as a generator yields
 * its sub-calls (`yield* call(f(...))`) and `runDeep` runs them on a heap-allocated stack of
 * its own. Nesting then costs memory in proportion to the input, never a stack overflow, so a
 * parser can follow Go's limits (10,000 nested parentheses in text/template) whatever the
 * engine's stack size.
 */

/** A computation whose sub-calls run on runDeep's stack. */
export type Deep<T> = Generator<Deep<unknown>, T, unknown>

/** A sub-call, inside a Deep computation: `const v = yield* call(f(x))`. */
export function* call<T>(sub: Deep<T>): Deep<T> {
  return (yield sub) as T
}

/** Runs a Deep computation to its value; what it throws is thrown from here. */
export function runDeep<T>(root: Deep<T>): T {
  const stack: Deep<unknown>[] = [root]
  let value: unknown = undefined
  let failed = false
  let error: unknown = undefined
  while (stack.length > 0) {
    const top = stack[stack.length - 1] as Deep<unknown>
    let step: IteratorResult<Deep<unknown>, unknown>
    try {
      step = failed ? top.throw(error) : top.next(value)
      failed = false
    } catch (e) {
      stack.pop()
      failed = true
      error = e
      continue
    }
    if (step.done) {
      stack.pop()
      value = step.value
    } else {
      stack.push(step.value)
      value = undefined
    }
  }
  if (failed) throw error
  return value as T
}
