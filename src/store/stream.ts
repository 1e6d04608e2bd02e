/**
 * A typed stream anyone can subscribe to without React: the editor's and the run's events, the
 * run's summaries and snapshots. Listeners are called in subscription order, synchronously; one
 * that throws is reported and does not stop the others (a broken tutorial must not break editing).
 */
export class Stream<E> {
  private listeners: ((event: E) => void)[] = [];

  /** Calls `listener` with every event from now on; returns the function that stops it. */
  subscribe(listener: (event: E) => void): () => void {
    this.listeners = [...this.listeners, listener];
    return () => {
      this.listeners = this.listeners.filter((l) => l !== listener);
    };
  }

  publish(event: E): void {
    for (const listener of this.listeners) {
      try {
        listener(event);
      } catch (error) {
        console.error('a stream listener failed', error);
      }
    }
  }

  /** How many listeners there are (publishers skip building events nobody reads). */
  get size(): number {
    return this.listeners.length;
  }
}
