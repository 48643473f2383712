import { describe, expect, it } from 'vitest';
import { SubmitKeys } from './useSubmit';

describe('the Idempotency-Key of a submit', () => {
  it('stays the same for the same content until it is recorded, then is new', () => {
    let n = 0;
    const keys = new SubmitKeys(() => `key-${++n}`);

    expect(keys.keyFor({ name: 'Acme' })).toBe('key-1');
    expect(keys.keyFor({ name: 'Acme' })).toBe('key-1');
    expect(keys.keyFor({ name: 'Acme Ltd' })).toBe('key-2');
    keys.done();
    expect(keys.keyFor({ name: 'Acme Ltd' })).toBe('key-3');
  });
});
