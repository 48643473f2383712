import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApi } from '../../lib/auth';
import type { ApiClient } from '../../lib/api';
import type { Schemas } from '../../lib/schema';

export type Worklist = Schemas['WorklistView'];

export const worklistQuery = (api: ApiClient) => queryOptions({
  queryKey: ['worklist'],
  queryFn: ({ signal }) => api.get<Worklist>('/api/worklist', { signal }),
});

export function useWorklist() {
  return useQuery(worklistQuery(useApi()));
}
