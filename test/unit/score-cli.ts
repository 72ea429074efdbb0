/** `npx tsx test/unit/score-cli.ts [prefix]`: the corpus score, and one line per mismatching file. */
import { formatScore, scoreCorpus } from './scoring'

const prefix = process.argv[2] ?? ''
const score = await scoreCorpus(prefix)
for (const line of score.mismatches) console.log(line)
console.log(formatScore(score))
