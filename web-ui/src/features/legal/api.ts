import { useSubmit } from '../../lib/useSubmit';
import type { Schemas } from '../../lib/schema';

export type TerminationRightItem = Schemas['TerminationRightItem'];
export type Termination = Schemas['TerminationRequest'];

/** POST /api/agreements/{id}/termination FOR_CAUSE naming the right, If-Match: the agreement's version shown. */
export function useExerciseRight(agreementId: string, shownVersion: number | undefined) {
  return useSubmit<Termination>({
    send: (api, input, key) => api.write(`/api/agreements/${encodeURIComponent(agreementId)}/termination`, input,
      { idempotencyKey: key, ifMatch: shownVersion }),
    invalidates: () => [['worklist'], ['agreements', agreementId], ['renegotiations']],
  });
}
