import { describe, expect, it } from 'vitest'
import { base64ToBytes, binaryStringToBytes, bytesToBase64 } from './base64'

describe('base64', () => {
  it('round-trips every byte value (8-bit notices must arrive unchanged)', () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i)
    expect(base64ToBytes(bytesToBase64(all))).toEqual(all)
    expect(bytesToBase64(all)).toBe(Buffer.from(all).toString('base64'))
  })

  it('handles messages larger than one chunk', () => {
    const big = Uint8Array.from({ length: 200_003 }, (_, i) => (i * 31) & 0xff)
    expect(base64ToBytes(bytesToBase64(big))).toEqual(big)
  })

  it('empty stays empty', () => {
    expect(bytesToBase64(new Uint8Array())).toBe('')
    expect(base64ToBytes('')).toEqual(new Uint8Array())
  })

  it('reads a Latin-1 binary string as bytes', () => {
    expect(binaryStringToBytes('A\u00e9\u00ff')).toEqual(Uint8Array.from([0x41, 0xe9, 0xff]))
  })

  it('rejects text that is not base64', () => {
    expect(() => base64ToBytes('not base64!')).toThrow()
  })
})
