import { useT } from './i18n/language'
import { shellMessages } from './shell/messages'

/** A modal `<dialog>`'s Close button: submitting its `method="dialog"` form closes the dialog. */
export function DialogClose({ className }: { className: string }) {
  const t = useT(shellMessages)
  return (
    <form method="dialog" className={className}>
      <button className="rounded bg-slate-900 px-3 py-1 text-sm text-white hover:bg-slate-700">
        {t('close')}
      </button>
    </form>
  )
}
