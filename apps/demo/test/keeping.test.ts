import { describe, expect, it } from 'vitest';
import { clearDraft, draftOf, loadDraft, saveDraft } from '../src/submission/draft.js';
import { forgetIdempotencyKey, idempotencyKeyFor, IDEMPOTENCY_KEY } from '../src/submission/idempotency.js';
import { MemoryStorage } from './memory-storage.js';

describe('the idempotency key', () => {
  it('is reused for the same data (double click, retry, reload) and new for changed data', () => {
    const storage = new MemoryStorage();
    let made = 0;
    const newKey = () => `key-${++made}-abcdefgh`;
    const first = idempotencyKeyFor(storage, '1.001193', 'fp-1', newKey);
    expect(idempotencyKeyFor(storage, '1.001193', 'fp-1', newKey)).toBe(first);
    expect(made).toBe(1);
    const changed = idempotencyKeyFor(storage, '1.001193', 'fp-2', newKey);
    expect(changed).not.toBe(first);
    // Another procedure keeps its own.
    expect(idempotencyKeyFor(storage, '2.000720', 'fp-2', newKey)).not.toBe(changed);
    expect(idempotencyKeyFor(storage, '1.001193', 'fp-2', newKey)).toBe(changed);
  });

  it('is new after it is forgotten (filed, or refused for good), and after a damaged entry', () => {
    const storage = new MemoryStorage();
    const key = idempotencyKeyFor(storage, 'p', 'fp');
    expect(key).toMatch(IDEMPOTENCY_KEY);
    forgetIdempotencyKey(storage, 'p');
    expect(idempotencyKeyFor(storage, 'p', 'fp')).not.toBe(key);
    storage.items.set('dvc-minhson:submit-key:p', '{"fingerprint":"fp","key":"<script>"}');
    expect(idempotencyKeyFor(storage, 'p', 'fp')).toMatch(IDEMPOTENCY_KEY);
  });

  it('still gives a key when storage is refused (no reuse across reloads then)', () => {
    const storage = new MemoryStorage();
    storage.broken = true;
    expect(idempotencyKeyFor(storage, 'p', 'fp')).toMatch(IDEMPOTENCY_KEY);
    expect(() => idempotencyKeyFor(storage, 'p', 'fp', () => 'short')).toThrow(/Not an idempotency key/);
  });
});

describe('the draft', () => {
  const data = { owner: { fullName: 'Nguyễn Văn An' }, attachments: { application: [{ name: 'a.pdf', size: 1, type: 'application/pdf' }] } };

  it('is kept without the files, restored, and cleared', () => {
    const storage = new MemoryStorage();
    expect(saveDraft(storage, 'p', data)).toBe(true);
    const draft = loadDraft(storage, 'p');
    expect(draft?.data).toEqual({ owner: { fullName: 'Nguyễn Văn An' } });
    expect(typeof draft?.savedAt).toBe('number');
    expect(loadDraft(storage, 'other')).toBe(null);
    clearDraft(storage, 'p');
    expect(loadDraft(storage, 'p')).toBe(null);
  });

  it('leaves data without attachments as it is, and never reads inherited keys', () => {
    expect(draftOf({ a: 1 })).toEqual({ a: 1 });
    expect(draftOf('x')).toBe('x');
    const inherited = Object.create({ attachments: 'inherited' }) as Record<string, unknown>;
    inherited.a = 1;
    expect(draftOf(inherited)).toBe(inherited);
  });

  it('drops a damaged or empty draft rather than putting it in the form', () => {
    const storage = new MemoryStorage();
    storage.items.set('dvc-minhson:draft:p', '{not json');
    expect(loadDraft(storage, 'p')).toBe(null);
    expect(storage.items.has('dvc-minhson:draft:p')).toBe(false);
    storage.items.set('dvc-minhson:draft:p', JSON.stringify({ savedAt: 1, data: [1, 2] }));
    expect(loadDraft(storage, 'p')).toBe(null);
    saveDraft(storage, 'p', { attachments: {} });
    expect(loadDraft(storage, 'p')).toBe(null);
  });

  it('says when it cannot be kept (storage full or refused)', () => {
    const storage = new MemoryStorage();
    storage.full = true;
    expect(saveDraft(storage, 'p', data)).toBe(false);
    expect(saveDraft(null, 'p', data)).toBe(false);
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(saveDraft(new MemoryStorage(), 'p', cyclic)).toBe(false);
  });
});
