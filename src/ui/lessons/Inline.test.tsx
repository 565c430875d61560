import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { Inline } from './Inline'

const html = (text: string) => renderToStaticMarkup(<Inline text={text} />)

describe('a lesson’s text', () => {
  it('sets what is between backticks as code', () => {
    expect(html('run `docker ps` now')).toMatch(/^run <code[^>]*>docker ps<\/code> now$/)
  })
  it('shows an odd backtick as written', () => {
    expect(html('a ` alone')).toBe('a ` alone')
  })
  it('keeps a flag on one line', () => {
    expect(html('用户网络与 --network-alias')).toBe(
      '用户网络与 <span class="whitespace-nowrap">--network-alias</span>',
    )
  })
})
