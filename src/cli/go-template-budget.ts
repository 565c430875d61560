// What one command may spend on Go templates. Go's text/template has no such limits (a
// `{{range 1000000000}}` runs for minutes there too); a simulator in a browser tab must stay
// responsive, so it stops a template with a Go-style execution error instead. The budget is
// shared by every row of one listing, so its cost cannot grow with the number of rows.

/** Nodes walked and range iterations, per command: far above any real listing's needs. */
export const MAX_TEMPLATE_STEPS = 2_000_000
/** Characters written, and the longest string a function may build, per command. */
const MAX_TEMPLATE_OUTPUT = 16 * 1024 * 1024

/**
 * Nesting the executor follows: pipelines in parentheses and control structures inside each
 * other. Go parses 10,000 parentheses and any control nesting, and its goroutine stacks grow;
 * the executor's recursion runs on the JavaScript stack, which holds a few hundred levels, so
 * a template nested deeper stops, with docknet's words, before the stack would overflow.
 */
export const MAX_TEMPLATE_NESTING = 100

/** What is left of a command's budget (mutable: every render of the command draws on it). */
export interface TemplateBudget {
  steps: number
  output: number
}

export function templateBudget(): TemplateBudget {
  return { steps: MAX_TEMPLATE_STEPS, output: MAX_TEMPLATE_OUTPUT }
}

/** Thrown where a budget runs out; the executor reports it as a Go execution error. */
export class BudgetExceeded {
  readonly message: string
  constructor(message: string) {
    this.message = message
  }
}

export const STEPS_EXCEEDED = `docknet stops templates after ${MAX_TEMPLATE_STEPS} steps`
export const NESTING_EXCEEDED = `docknet stops templates nested more than ${MAX_TEMPLATE_NESTING} deep`
export const OUTPUT_EXCEEDED = `docknet stops templates at ${MAX_TEMPLATE_OUTPUT} bytes of output`

/** Throws when a string about to be built would be longer than the output budget allows. */
export function checkLength(length: number): void {
  if (length > MAX_TEMPLATE_OUTPUT) throw new BudgetExceeded(OUTPUT_EXCEEDED)
}
