import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApi } from '../../lib/auth';
import type { WriteResult } from '../../lib/api';
import type { Schemas } from '../../lib/schema';

export type ReplayProgress = Schemas['ReplayProgress'];

export const replaysKey = ['admin', 'replays'] as const;

/** How often the page looks again while a replay runs (live progress); idle read models are not polled. */
export const POLL_MS = 500;

export function anyReplaying(list: ReplayProgress[] | undefined): boolean {
  return Boolean(list?.some((r) => r.replaying || r.status === 'REPLAYING'));
}

/** GET /api/admin/replays: every read model's processor with its status; polled while one replays. */
export function useReplays(watching: boolean) {
  const api = useApi();
  return useQuery({
    queryKey: replaysKey,
    queryFn: ({ signal }) => api.get<ReplayProgress[]>('/api/admin/replays', { signal }),
    refetchInterval: (query) => (watching || anyReplaying(query.state.data) ? POLL_MS : false),
    staleTime: 0,
  });
}

/** POST /api/admin/replays/{group}: starts a replay (202 with the progress); the list then polls until it ends. */
export function useStartReplay(onStarted: (group: string) => void) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation<ReplayProgress, Error, string>({
    mutationFn: async (group) => (await api.write<WriteResult>(`/api/admin/replays/${encodeURIComponent(group)}`,
      undefined)) as unknown as ReplayProgress,
    onSuccess: (progress, group) => {
      queryClient.setQueryData<ReplayProgress[]>(replaysKey, (list) =>
        list?.map((r) => (r.processingGroup === group ? { ...r, ...progress } : r)));
      onStarted(group);
      void queryClient.invalidateQueries({ queryKey: replaysKey });
    },
  });
}
