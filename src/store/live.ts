/** Pages observe the store with Dexie's liveQuery; only src/store imports dexie. */
export { liveQuery } from 'dexie'
