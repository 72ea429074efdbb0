import { describe, expect, it } from 'vitest'
import { BADGE_DUE, BADGE_NEW, badgeFace } from './badge'

describe('badgeFace', () => {
  it.each([
    [0, 0, { text: '', title: 'Rebound' }],
    [3, 0, { text: '3', color: BADGE_NEW, title: 'Rebound — New: 3' }],
    [0, 2, { text: '2', color: BADGE_DUE, title: 'Rebound — Due to retry: 2' }],
    [3, 2, { text: '3', color: BADGE_NEW, title: 'Rebound — New: 3 · Due to retry: 2' }],
    [1200, 0, { text: '999+', color: BADGE_NEW }],
  ])('%i new, %i due → %j', (fresh, due, face) => expect(badgeFace(fresh, due)).toMatchObject(face))

  it('new and due use different colours', () => expect(BADGE_NEW).not.toBe(BADGE_DUE))
})
