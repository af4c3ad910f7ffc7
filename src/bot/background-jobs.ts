/**
 * Work started from chat that outlives the update which started it (index rebuilds), tracked so
 * that a process stopping, or a test, can wait until it has finished.
 */
export class BackgroundJobs {
  private readonly running = new Set<Promise<void>>();

  /** Tracks `job` until it settles; it must handle its own errors (a rejection is not reported). */
  track(job: Promise<void>): void {
    const tracked = job.catch(() => undefined);
    this.running.add(tracked);
    void tracked.finally(() => this.running.delete(tracked));
  }

  /** Resolves when no job is running, including jobs started by jobs that were running. */
  async idle(): Promise<void> {
    while (this.running.size > 0) await Promise.allSettled([...this.running]);
  }
}
