/** The lazy door to io: the document reader loads when a document is first opened. */
export const loadReader = () => import('./read')

/** Compose import loads when first used (yaml is 30 kB). */
export const loadCompose = () => import('./compose/compose')
/** Share links' codec (lz-string), when a link is made or opened. */
export const loadShare = () => import('./share')
