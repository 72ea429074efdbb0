import { describe, expect, it } from 'vitest'
import { figures, formatScore, scoreCorpus } from './scoring'

// Thresholds from issue 2. SCORE_VERBOSE=1 prints one line per mismatching file.
describe('engine on the Sisimai corpus', () => {
  it('meets issue 2 accuracy thresholds', async () => {
    const score = await scoreCorpus()
    if (process.env.SCORE_VERBOSE) for (const line of score.mismatches) console.log(line)
    console.log(formatScore(score))
    const f = figures(score)
    expect(score.files).toBe(589)
    expect(score.leaks).toBe(0)
    expect(f.recall).toBeGreaterThanOrEqual(99.5)
    expect(f.precision).toBeGreaterThanOrEqual(99.5)
    expect(f.reason).toBeGreaterThanOrEqual(98)
    expect(f.hard).toBeGreaterThanOrEqual(99.5)
  })
})
