/** The lazy door to io: the document reader loads when a document is first opened. */
export const loadReader = () => import('./read')
