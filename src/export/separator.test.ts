import { describe, expect, it } from 'vitest'
import { resolveSeparator } from './separator'

describe('resolveSeparator', () => {
  it.each([
    // Automatic: French and Italian in every region, decimal-comma languages, comma elsewhere.
    ['auto', 'fr', ';'],
    ['auto', 'fr-CA', ';'],
    ['auto', 'fr-CH', ';'],
    ['auto', 'it', ';'],
    ['auto', 'it-CH', ';'],
    ['auto', 'it_IT', ';'],
    ['auto', 'de', ';'],
    ['auto', 'es', ';'],
    ['auto', 'pt-BR', ';'],
    ['auto', 'nl', ';'],
    ['auto', 'en', ','],
    ['auto', 'en-US', ','],
    ['auto', 'en-GB', ','],
    ['auto', 'es-MX', ','],
    ['auto', 'ja', ','],
    ['auto', 'not a language', ','],
    ['auto', '', ','],
    // A choice made in the options wins over the language.
    ['comma', 'fr', ','],
    ['semicolon', 'en-US', ';'],
  ] as const)('%s in %j → %j', (choice, language, expected) => {
    expect(resolveSeparator(choice, language)).toBe(expected)
  })
})
