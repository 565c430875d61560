import { describe, expect, it } from 'vitest'
import { translator } from '../../i18n/catalog'
import { authorMessages } from './messages'
import { zh } from './messages.zh'
import { placeWords } from './place'

describe('where a problem of the draft is, in the maker’s words', () => {
  const en = translator(authorMessages.en)
  it('names a step from 1, and its field as the panel labels it', () => {
    expect(placeWords(en, 'steps[0].solution')).toBe('Step 1 · Solution')
    expect(placeWords(en, 'steps[2].question')).toBe('Step 3 · Question')
    expect(placeWords(en, 'steps[1].goals[0].port')).toBe('Step 2 · Goals')
    expect(placeWords(en, 'steps[1]')).toBe('Step 2')
  })
  it('says which language a text lacks', () => {
    expect(placeWords(en, 'explanation.en')).toBe('How it works (English)')
    expect(placeWords(en, 'steps[0].hint.en')).toBe('Step 1 · Hint (English)')
    expect(placeWords(translator(zh), 'title.en')).toBe('标题（英文）')
    expect(placeWords(translator(zh), 'steps[0].text.zh')).toBe('第 1 步 · 要做什么（中文）')
  })
  it('shows a path it has no field for as the reader wrote it', () => {
    expect(placeWords(en, 'id')).toBe('Id')
    expect(placeWords(en, 'format')).toBe('format')
  })
})
