/**
 * What opening, importing or sharing a diagram says, as data: the toast words it (ui/said).
 * Why a document was refused and what was repaired are the reader's data (io ReadProblem,
 * Repair); Docker's own messages (`stderr`) and the compose parser's (`error` of cannot-import,
 * from the `yaml` library or the compose schema) are carried as written.
 */
import type { ReadProblem, Repair } from '../io'
import type { ShareProblem } from '../io/share'

/** Where an opened document came from. */
export type OpenedFrom = 'file' | 'autosave' | 'recent'

export type DocumentSaid =
  | { readonly code: 'cannot-open'; readonly from: OpenedFrom; readonly problem: ReadProblem }
  | {
      readonly code: 'opened-repaired'
      readonly from: OpenedFrom
      readonly repairs: readonly Repair[]
    }
  | { readonly code: 'cannot-import'; readonly file: string; readonly error: string }
  | {
      readonly code: 'import-refused'
      readonly file: string
      readonly command: string
      readonly stderr: string
    }
  | {
      readonly code: 'imported'
      readonly file: string
      readonly project: string
      readonly containers: number
      /** Notes in the terminal on what was not simulated. */
      readonly notes: number
    }
  | { readonly code: 'share-refused'; readonly command: string; readonly stderr: string }
  /** A share link not made (too long...) or not read (damaged, too long, another version). */
  | { readonly code: 'cannot-share'; readonly problem: ShareProblem }
  /** A shared diagram opened; `over`: the one it replaced is one undo away. */
  | { readonly code: 'shared-opened'; readonly over: boolean }
  /** An example opened over the diagram that was there, one undo away. */
  | { readonly code: 'example-over'; readonly id: string }
  | { readonly code: 'no-example'; readonly id: string }
