// The phi-guard command line (design.md §4), driven through main() with captured output.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main';

async function run(args: string[], stdin = '') {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { stdin: async () => stdin, out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const dir = mkdtempSync(join(tmpdir(), 'phi-guard-cli-'));
const file = (name: string, content: string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

describe('phi-guard scan', () => {
  it('exits 0 on clean stdin and 1 on PHI, with readable findings', async () => {
    expect((await run(['scan'], 'great shift today')).code).toBe(0);
    const noted = await run(['scan'], 'Ping me at 415-867-2291 once the shift ends');
    expect(noted.code).toBe(0);
    expect(noted.out).toMatch(/ok\n.*"415-867-2291".*note: not warned/);
    const r = await run(['scan'], 'Pt Delia Pemberton DOB 11/08/1952 MRN 00482917');
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/WARN/);
    expect(r.out).toMatch(/11\/08\/1952/);
  });

  it('--json prints the ScanResult; several files give an array with file names', async () => {
    const clean = file('clean.txt', 'hello nurses');
    const phi = file('phi.txt', 'MRN 00482917');
    const one = await run(['scan', phi, '--json']);
    expect(JSON.parse(one.out)).toMatchObject({ verdict: 'warn', findings: [{ category: 'MRN' }] });
    const many = await run(['scan', clean, phi, '--json']);
    expect(many.code).toBe(1);
    expect(JSON.parse(many.out).map((r: { file: string; verdict: string }) => [r.file, r.verdict])).toEqual([[clean, 'ok'], [phi, 'warn']]);
  });

  it('--jsonl reads {id,text} lines and writes one result per line', async () => {
    const r = await run(['scan', '--jsonl'], '{"id":"a","text":"ok post"}\n{"id":"b","text":"SSN 528-41-7063"}\n');
    expect(r.code).toBe(1);
    expect(r.out.split('\n').map((l) => [JSON.parse(l).id, JSON.parse(l).verdict])).toEqual([['a', 'ok'], ['b', 'warn']]);
    // No lines at all: empty output, exit 0, and a note on stderr (found by the argv property test).
    const empty = await run(['scan', '--jsonl'], '\n');
    expect([empty.code, empty.out]).toEqual([0, '']);
    expect(empty.err).toMatch(/no JSON lines to scan/);
  });

  it('--sensitivity changes what warns', async () => {
    const text = 'the guy from Sunday was something else';
    const high = await run(['scan', '--sensitivity', 'high', '--json'], text);
    const low = await run(['scan', '--sensitivity', 'low', '--json'], text);
    expect(JSON.parse(high.out).findings.length).toBeGreaterThanOrEqual(JSON.parse(low.out).findings.length);
  });

  it('--reply-to-review reads the text as a reply to a review', async () => {
    const text = 'Our records show you missed two appointments before the crown was placed, which is why the fee applied.';
    const reply = await run(['scan', '--reply-to-review', '--json'], text);
    expect(reply.code).toBe(1);
    expect(JSON.parse(reply.out).findings.map((f: { ruleId: string }) => f.ruleId)).toContain('story.reply');
    const post = await run(['scan', '--json'], text);
    expect(JSON.parse(post.out).findings.map((f: { ruleId: string }) => f.ruleId)).not.toContain('story.reply');
  });

  it('--policy applies custom rules and the allow list like the extension', async () => {
    const policy = file('policy.json', JSON.stringify({ customRules: [{ id: 'acme', category: 'MRN', pattern: 'ACM\\d{6}' }], allowList: ['630-555-0194'] }));
    const r = await run(['scan', '--policy', policy, '--json'], 'chart ACM123456, cell 630-555-0194');
    const findings = JSON.parse(r.out).findings;
    expect(findings.map((f: { ruleId: string }) => f.ruleId)).toContain('custom.acme');
    expect(findings.map((f: { category: string }) => f.category)).not.toContain('PHONE');
  });

  it('accepts a Chromium managed-policy file as deployed', async () => {
    const policy = file('chromium.json', JSON.stringify({ '3rdparty': { extensions: { abcdefghijklmnopabcdefghijklmnop: { sensitivity: 'high' } } } }));
    expect((await run(['scan', '--policy', policy], 'hi')).code).toBe(0);
  });

  it('exits 2 naming the problem for an invalid policy, a catastrophic regex included', async () => {
    const bad = file('bad.json', JSON.stringify({ mode: 'explode', customRules: [{ id: 'redos', category: 'MRN', pattern: '(a+)+$' }] }));
    const r = await run(['scan', '--policy', bad], 'text');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/mode/);
    expect(r.err).toMatch(/customRules\[0\]\.pattern/);
    expect(r.err).toMatch(/backtrack/);
    const notJson = await run(['scan', '--policy', file('x.json', '{nope')], 'text');
    expect(notJson.code).toBe(2);
    expect(notJson.err).toMatch(/not valid JSON/);
  });

  it('exits 2 on bad usage', async () => {
    expect((await run([])).code).toBe(2);
    expect((await run(['scan', '--sensitivity', 'max'])).err).toMatch(/low, medium or high/);
    expect((await run(['scan', '--bogus'])).code).toBe(2);
    expect((await run(['scan', join(dir, 'missing.txt')])).err).toMatch(/cannot read/);
    expect((await run(['--help'])).out).toMatch(/Usage: phi-guard scan/);
  });
});
