// The incremental scanner must give exactly the result of a full scan, keystroke after keystroke.
import { describe, expect, it } from 'vitest';
import { createIncrementalScanner, scan } from '../../../src/detector';

const POST = `Long night on 5 West.

the gentleman in bed 27 is 91 and still beats the night nurses at cribbage. got here after slipping on ice outside Larkspur Commons assisted living.

His nephew Anselm called from 414-555-0126 twice.`;

describe('incremental scanner', () => {
  it('matches a full scan at every keystroke while typing a post', () => {
    const scanner = createIncrementalScanner();
    for (let i = 1; i <= POST.length; i += 7) {
      const text = POST.slice(0, i);
      expect(scanner.scan(text)).toEqual(scan(text));
    }
    expect(scanner.scan(POST)).toEqual(scan(POST));
  });

  it('matches a full scan after an edit in the middle and under other options', () => {
    const scanner = createIncrementalScanner();
    scanner.scan(POST);
    const edited = POST.replace('bed 27', 'bed 28');
    expect(scanner.scan(edited)).toEqual(scan(edited));
    expect(scanner.scan(edited, { sensitivity: 'high' })).toEqual(scan(edited, { sensitivity: 'high' }));
    const rules = [{ id: 'unit', category: 'LOCATION' as const, pattern: '5 West' }];
    expect(scanner.scan(edited, { customRules: rules })).toEqual(scan(edited, { customRules: rules }));
  });

  it('scanAsync gives the same result and yields to the event loop on a huge paste', async () => {
    const scanner = createIncrementalScanner();
    const huge = Array.from({ length: 300 }, (_, i) => POST.replace('bed 27', `bed ${i}`)).join('\n');
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    const result = await scanner.scanAsync(huge);
    clearInterval(timer);
    expect(result).toEqual(scan(huge));
    expect(ticks).toBeGreaterThan(0);
  });

  it('scanAsync can be aborted', async () => {
    const scanner = createIncrementalScanner();
    const controller = new AbortController();
    const pending = scanner.scanAsync('x '.repeat(5000) + '\n'.repeat(3000), {}, controller.signal);
    controller.abort();
    await expect(pending).rejects.toBeDefined();
  });
});
