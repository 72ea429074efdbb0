import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseBounce } from '../index'
import { MemoryBlob, useMemoryBlob } from './memory-blob'

describe('MemoryBlob', () => {
  it('joins parts of every kind and reads them back', async () => {
    const b = new MemoryBlob([new Uint8Array([104, 105]), ' ', new TextEncoder().encode('there').buffer, new MemoryBlob(['!'])], { type: 'Text/Plain' })
    expect(b.size).toBe(9)
    expect(b.type).toBe('text/plain')
    expect(await b.text()).toBe('hi there!')
    expect(new Uint8Array(await b.arrayBuffer())).toEqual(new TextEncoder().encode('hi there!'))
    expect(await b.slice(3, 8).text()).toBe('there')
    expect(Object.prototype.toString.call(b)).toBe('[object Blob]')
  })

  it('writes string parts as UTF-8, ASCII or not, and each read is a fresh copy', async () => {
    const b = new MemoryBlob([new Uint8Array([97]), '\n', 'é€', '\n'])
    expect(b.size).toBe(1 + 1 + 5 + 1)
    expect(await b.text()).toBe('a\né€\n')
    const first = new Uint8Array(await b.arrayBuffer())
    first[0] = 0
    expect(await b.text()).toBe('a\né€\n')
  })

  it('gives postal-mime (and so the engine) the same result as Node\'s Blob', async () => {
    const raw = readFileSync(join(import.meta.dirname, '../../../test/fixtures/bounce/core/gmail-failed-4xx.eml'))
    const native = await parseBounce(raw)
    const restore = useMemoryBlob()
    try {
      expect(await parseBounce(raw)).toEqual(native)
    } finally {
      restore()
    }
    expect(globalThis.Blob).not.toBe(MemoryBlob)
  })
})
