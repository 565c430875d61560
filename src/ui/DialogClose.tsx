/** A modal `<dialog>`'s Close button: submitting its `method="dialog"` form closes the dialog. */
export function DialogClose({ className }: { className: string }) {
  return (
    <form method="dialog" className={className}>
      <button className="rounded bg-slate-900 px-3 py-1 text-sm text-white hover:bg-slate-700">
        Close
      </button>
    </form>
  )
}
