import { decimalText, instantText } from '../../lib/format';
import type { ReplayProgress } from './api';

const STATUS: Record<string, string> = {
  REPLAYING: 'Replaying', CAUGHT_UP: 'Caught up', CATCHING_UP: 'Catching up', STOPPED: 'Stopped', ERROR: 'Error',
};

export function statusText(status: string | undefined): string {
  return STATUS[status ?? ''] ?? status ?? 'Unknown';
}

/** The percentage of a replay as a number 0–100 for <progress>, from the platform's own figure (or positions). */
export function replayPercent(progress: ReplayProgress): number {
  if (progress.percent !== undefined && progress.percent !== null) {
    const value = Number(progress.percent);
    return Number.isFinite(value) ? Math.min(100, Math.max(0, value)) : 0;
  }
  const until = progress.replayUntil ?? progress.head;
  if (!until || progress.position === undefined || progress.position === null) {
    return progress.status === 'CAUGHT_UP' ? 100 : 0;
  }
  return Math.min(100, Math.max(0, (progress.position / until) * 100));
}

/** The replay's pace and time left, as the platform estimates them (null until it knows). */
export function paceText(progress: ReplayProgress): string | null {
  if (progress.eventsPerSecond === undefined || progress.eventsPerSecond === null) return null;
  const pace = `${progress.eventsPerSecond.toLocaleString('en')} events/s`;
  if (progress.secondsLeft === undefined || progress.secondsLeft === null) return `· ${pace}`;
  const left = progress.secondsLeft < 60 ? `${progress.secondsLeft} s`
    : `${Math.floor(progress.secondsLeft / 60)} min ${progress.secondsLeft % 60} s`;
  return `· ${pace}, about ${left} left`
    + (progress.expectedFinishAt ? ` (done by ${instantText(progress.expectedFinishAt)})` : '');
}

/** One read model's state in words, with a live progress bar while it replays and the last replay's outcome. */
export function ReplayStatus({ progress }: { progress: ReplayProgress }) {
  const name = progress.processingGroup ?? 'read model';
  const last = progress.lastReplay;
  const replaying = progress.replaying || progress.status === 'REPLAYING';
  const percent = replayPercent(progress);
  return (
    <div className="replay-status">
      <p><strong className="status">{statusText(progress.status)}</strong>
        {' '}at position {progress.position ?? '—'} of {progress.head}
        {replaying && progress.replayUntil ? ` (replay rejoins at ${progress.replayUntil})` : ''}</p>
      {replaying ? (
        <p>
          <progress max={100} value={percent} aria-label={`Replay of ${name}`} />{' '}
          <span>{progress.percent !== undefined ? decimalText(progress.percent) : percent.toFixed(0)} %</span>
          {paceText(progress) ? <span className="replay-pace">{' '}{paceText(progress)}</span> : null}
        </p>
      ) : null}
      {last ? (
        last.failure ? <p className="notice notice--error">Last replay failed: {last.failure}</p>
          : last.finishedAt ? <p>Last replay by {last.requestedBy ?? '—'}: finished {instantText(last.finishedAt)}
            {last.durationMs !== undefined ? ` in ${(last.durationMs / 1000).toFixed(1)} s` : ''}.</p>
          : <p>Replay requested by {last.requestedBy ?? '—'} at {instantText(last.requestedAt)}, still running.</p>
      ) : null}
      {(progress.segments ?? []).some((s) => s.error) ? (
        <p className="notice notice--error">{(progress.segments ?? []).filter((s) => s.error).map((s) => `segment ${s.segment}: ${s.error}`).join('; ')}</p>
      ) : null}
    </div>
  );
}
