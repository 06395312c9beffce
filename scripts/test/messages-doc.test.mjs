import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderMessagesDoc } from '../messages-doc.mjs';

describe('docs/messages.md', () => {
  it('is what the dictionaries give today (run `npm run messages:doc` and review the diff)', async () => {
    const committed = readFileSync(new URL('../../docs/messages.md', import.meta.url), 'utf8');
    expect(committed).toBe(await renderMessagesDoc());
  });

  it('has a worked example for every message, and no placeholder left in one', async () => {
    const doc = await renderMessagesDoc();
    const rows = doc.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| Key') && !line.startsWith('| ---'));
    expect(rows.length).toBeGreaterThan(100);
    for (const row of rows) {
      const cells = row.slice(2, -2).split(' | ');
      const examples = cells.length === 6 ? [cells[3], cells[5]] : [cells[2], cells[4]];
      for (const example of examples) expect(example, row).not.toMatch(/\{\w+\}|undefined|NaN|\[object/);
    }
  });
});
