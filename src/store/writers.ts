/**
 * "Delete everything" must not race the long writers (an import, the Gmail API scan), or a batch
 * they commit just after would bring deleted contacts back. Each writer holds a shared Web Lock
 * while it runs and listens on a BroadcastChannel, which reaches every page, web worker and the
 * service worker of the extension (one origin); the deletion tells them to stop, then takes the
 * lock exclusively, so it runs once they all have stopped.
 * https://developer.mozilla.org/docs/Web/API/Web_Locks_API
 */
export const WRITERS_LOCK = 'rebound-store-writers'
export const STOP_CHANNEL = 'rebound-stop-writers'

/** Runs a long writer; `onStop` asks it to stop (it should return soon after, keeping what it wrote). */
export async function asWriter<T>(onStop: () => void, run: () => Promise<T>): Promise<T> {
  const channel = new BroadcastChannel(STOP_CHANNEL)
  channel.onmessage = () => onStop()
  try {
    return await navigator.locks.request(WRITERS_LOCK, { mode: 'shared' }, run)
  } finally {
    channel.close()
  }
}

/** Stops every running writer, waits for them, then runs `task` with none running. */
export async function withWritersStopped<T>(task: () => Promise<T>): Promise<T> {
  const channel = new BroadcastChannel(STOP_CHANNEL)
  channel.postMessage('stop')
  channel.close()
  return navigator.locks.request(WRITERS_LOCK, { mode: 'exclusive' }, task)
}
