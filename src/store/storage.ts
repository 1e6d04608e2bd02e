/** localStorage that never throws: private modes and sandboxed frames deny it, full disks refuse writes. */
export type WriteOutcome = 'ok' | 'full' | 'unavailable';

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

export function readItem(key: string): string | null {
  try {
    return storage()?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

export function writeItem(key: string, value: string): WriteOutcome {
  const s = storage();
  if (!s) return 'unavailable';
  try {
    s.setItem(key, value);
    return 'ok';
  } catch (error) {
    const name = error instanceof DOMException ? error.name : '';
    return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' ? 'full' : 'unavailable';
  }
}

export function removeItem(key: string): void {
  try {
    storage()?.removeItem(key);
  } catch {
    // Nothing to do: an unavailable store holds nothing to remove.
  }
}

const PROBE_KEY = 'apip:probe';

/** Whether this browser lets the playground save at all (private modes and sandboxed frames may not). */
export function probeStorage(): WriteOutcome {
  const outcome = writeItem(PROBE_KEY, '1');
  removeItem(PROBE_KEY);
  return outcome;
}
