import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useRef } from 'react';
import { useApi } from './auth';
import type { ApiClient, WriteResult } from './api';
import { randomUuid } from './ids';
import { ApiError } from './problem';

/**
 * The Idempotency-Key of a form's submit: the same content submitted again (a double click, a retry after a lost
 * answer) reuses the key, so the platform records it once; changed content, or a submit after a success, gets a
 * new key.
 */
export class SubmitKeys {
  private last: { content: string; key: string } | undefined;

  constructor(private readonly newKey: () => string = randomUuid) {}

  keyFor(input: unknown): string {
    const content = JSON.stringify(input ?? null);
    if (!this.last || this.last.content !== content) {
      this.last = { content, key: this.newKey() };
    }
    return this.last.key;
  }

  /** After a recorded submit: the next one is a new submit even with the same content. */
  done(): void {
    this.last = undefined;
  }
}

export interface SubmitOptions<TInput, TResult extends WriteResult> {
  /** Sends the write; `key` goes out as Idempotency-Key (api.write's idempotencyKey). */
  send: (api: ApiClient, input: TInput, key: string) => Promise<TResult>;
  /** Queries the write makes stale (their next read carries minVersion through the client). */
  invalidates?: (input: TInput, result: TResult) => QueryKey[];
  onSuccess?: (result: TResult, input: TInput) => void;
}

/**
 * A form's submit (useMutation underneath): Idempotency-Key per submit, stale queries invalidated after a success,
 * and the failure as an ApiError whose fieldErrors go next to their fields.
 */
export function useSubmit<TInput, TResult extends WriteResult = WriteResult>(options: SubmitOptions<TInput, TResult>) {
  const api = useApi();
  const queryClient = useQueryClient();
  const keys = useRef(new SubmitKeys());
  const mutation = useMutation<TResult, Error, TInput>({
    mutationFn: (input) => options.send(api, input, keys.current.keyFor(input)),
    onSuccess: async (result, input) => {
      keys.current.done();
      await Promise.all((options.invalidates?.(input, result) ?? [])
        .map((queryKey) => queryClient.invalidateQueries({ queryKey })));
      options.onSuccess?.(result, input);
    },
  });
  const error = mutation.error;
  return {
    submit: mutation.mutate,
    submitAsync: mutation.mutateAsync,
    pending: mutation.isPending,
    error,
    fieldErrors: error instanceof ApiError ? error.fieldErrors : {},
    stale: error instanceof ApiError && error.isStale,
    reset: mutation.reset,
  };
}
