import { coordinator } from './client';
import type { PipelineSnapshot } from './types';

/**
 * The background pipeline's progress, from the Server-Sent Events stream. Each time a step
 * finishes, cached data is dropped so charts, metrics and rows pick up the new columns.
 */
export class PipelineProgress {
  snapshot = $state.raw<PipelineSnapshot | null>(null);

  get running(): boolean {
    const s = this.snapshot;
    return !!s && !s.finished && s.state !== 'done' && s.state !== 'failed';
  }

  /** Steps done out of all steps, counting partitions, as a fraction. */
  get fraction(): number {
    const steps = this.snapshot?.steps ?? [];
    const total = steps.reduce((n, s) => n + s.total, 0);
    return total === 0 ? 0 : steps.reduce((n, s) => n + s.done, 0) / total;
  }

  connect(): () => void {
    let finishedSteps = -1;
    const close = coordinator.subscribe<PipelineSnapshot>('/api/progress/stream', 'progress', (snapshot) => {
      this.snapshot = snapshot;
      const finished = snapshot.steps.filter((s) => s.done >= s.total).length;
      if (finishedSteps >= 0 && finished !== finishedSteps) coordinator.invalidate('data');
      finishedSteps = finished;
      // The stream would reconnect forever once the server ends it; nothing more will happen.
      if (snapshot.finished || snapshot.state === 'done' || snapshot.state === 'failed') close();
    });
    return close;
  }
}
