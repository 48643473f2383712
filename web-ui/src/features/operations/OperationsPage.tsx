import { useEffect, useState } from 'react';
import { ProblemMessage } from '../../components/ProblemMessage';
import { QueryState } from '../../components/QueryState';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { anyReplaying, useReplays, useStartReplay } from './api';
import { BindingsSection, SubscriptionsSection, TokensSection } from './IntegrationSections';
import { ReplayStatus } from './ReplayStatus';

/**
 * Admins: every read model with its processor's status, replay one and watch it rebuild (polled); integration tokens,
 * monitor bindings and webhook subscriptions (each opening to its deliveries).
 */
export function OperationsPage() {
  useDocumentTitle('Operations');
  const [watching, setWatching] = useState<string | undefined>();
  const replays = useReplays(watching !== undefined);
  const start = useStartReplay(setWatching);
  const watched = replays.data?.find((r) => r.processingGroup === watching);
  const [finished, setFinished] = useState<string | undefined>();
  const over = Boolean(watched && !anyReplaying([watched]) && (watched.lastReplay?.finishedAt || watched.lastReplay?.failure));
  useEffect(() => {
    if (watching && over) {
      // the replay this page started is over: say so and stop the fast polling
      setFinished(watching);
      setWatching(undefined);
    }
  }, [watching, over]);
  return (
    <>
      <h1>Operations</h1>
      <section aria-labelledby="read-models-heading">
        <h2 id="read-models-heading">Read models</h2>
        <p className="detail">A replay rebuilds a read model from the first event; the platform keeps answering meanwhile.</p>
        <ProblemMessage error={start.error} />
        <div role="status" aria-live="polite">
          {watching ? <p>Replaying {watching}…</p> : null}
          {finished ? <p className="notice notice--success">Replay of {finished} finished.</p> : null}
        </div>
        <QueryState query={replays} label="read models">
          {(list) => (
            <table>
              <thead><tr><th scope="col">Read model</th><th scope="col">State</th><th scope="col">Action</th></tr></thead>
              <tbody>
                {list.map((r) => {
                  const replaying = anyReplaying([r]);
                  return (
                    <tr key={r.processingGroup}>
                      <th scope="row">{r.processingGroup}</th>
                      <td aria-live={watching === r.processingGroup ? 'polite' : undefined}><ReplayStatus progress={r} /></td>
                      <td><button type="button" disabled={replaying || start.isPending}
                        onClick={() => { setFinished(undefined); start.mutate(r.processingGroup!); }}
                        aria-label={`Replay ${r.processingGroup}`}>Replay</button></td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          )}
        </QueryState>
      </section>
      <TokensSection />
      <BindingsSection />
      <SubscriptionsSection />
    </>
  );
}
