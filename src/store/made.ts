/**
 * What made a document state, for undo and redo to name: the docker commands run, as typed
 * (Docker's words), or a change named by what the user did, which the views word.
 */
export type Made =
  | string
  | {
      readonly named:
        | 'nothing'
        | 'move'
        | 'resize'
        | 'new'
        | 'open'
        | 'tidy'
        | 'break-it'
        | 'pasted-script'
        | 'script'
        | 'generated'
        | 'shared'
        | 'your-diagram'
    }
  | { readonly named: 'example'; readonly id: string }
  | { readonly named: 'pasted-commands'; readonly count: number }

/** What undo and redo say: which change they took back or made again. */
export interface HistorySaid {
  readonly code: 'undone' | 'redone'
  readonly made: Made
}
