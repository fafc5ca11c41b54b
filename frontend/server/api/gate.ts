// At most a few queries at once per server: `running` run, `queued` more wait their turn in order, and
// any beyond that are turned away at once (the API answers 503 Explorer.Busy). A waiting request whose
// client goes away leaves the queue.

export interface GateLimits {
  running: number;
  queued: number;
}

export const DEFAULT_GATE_LIMITS: GateLimits = { running: 4, queued: 16 };

interface Waiter {
  admit(): void;
}

export class QueryGate {
  private active = 0;
  private readonly waiting: Waiter[] = [];

  constructor(private readonly limits: GateLimits = DEFAULT_GATE_LIMITS) {}

  /**
   * A release function once the query may run; 'busy' when the queue is full; 'gone' when `signal`
   * aborts while waiting. Call the release function exactly once, when the query is over.
   */
  enter(signal?: AbortSignal): Promise<(() => void) | 'busy' | 'gone'> {
    if (signal?.aborted) return Promise.resolve('gone');
    if (this.active < this.limits.running) {
      this.active += 1;
      return Promise.resolve(this.releaser());
    }
    if (this.waiting.length >= this.limits.queued) return Promise.resolve('busy');
    return new Promise((resolve) => {
      const waiter: Waiter = {
        admit: () => {
          signal?.removeEventListener('abort', leave);
          this.active += 1;
          resolve(this.releaser());
        },
      };
      const leave = () => {
        const at = this.waiting.indexOf(waiter);
        if (at >= 0) this.waiting.splice(at, 1);
        resolve('gone');
      };
      signal?.addEventListener('abort', leave, { once: true });
      this.waiting.push(waiter);
    });
  }

  private releaser(): () => void {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.active -= 1;
      this.waiting.shift()?.admit();
    };
  }
}
