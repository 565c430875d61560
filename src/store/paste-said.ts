/** What the canvas says after text is pasted on it, as data: the toast words it (ui/said). */
export type PasteSaid =
  /** Neither a compose file nor docker commands. */
  | { readonly code: 'nothing-pasted' }
  /** A block of docker commands ran. */
  | {
      readonly code: 'pasted'
      readonly ran: number
      /** One undo step takes it back. */
      readonly undoable: boolean
      /** How many Docker refused, the first of them and its error, in Docker's words. */
      readonly refused: {
        readonly count: number
        readonly command: string
        readonly stderr: string
      } | null
      /** How many `docker run -it` were run detached. */
      readonly detached: number
      /** The lines that are no docker command, left out. */
      readonly leftOut: readonly string[]
    }
