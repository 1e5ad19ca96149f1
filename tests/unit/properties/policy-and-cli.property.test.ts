// Property-based tests (fast-check) of the two doors bad input comes through: the policy validator
// (IT's JSON, a user's settings, a policy file) and the command line's arguments.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main';
import { POLICY_KEYS, validatePolicy } from '../../../src/policy/validate';

// Values shaped like a policy: real keys with any JSON under them, and any JSON at all.
const policyLike = fc.dictionary(fc.oneof(fc.constantFrom(...POLICY_KEYS), fc.string()), fc.jsonValue({ maxDepth: 4 }), { maxKeys: 12 });

describe('the policy validator on any JSON value', () => {
  it('returns a policy and a list of problems, never an exception', () => {
    fc.assert(fc.property(fc.oneof(fc.jsonValue({ maxDepth: 5 }), policyLike), fc.constantFrom('managed', 'user', 'file' as const), (raw, source) => {
      const result = validatePolicy(raw, source);
      expect(typeof result.policy).toBe('object');
      expect(Array.isArray(result.problems)).toBe(true);
      for (const p of result.problems) {
        expect(typeof p.path).toBe('string');
        expect(p.message.length).toBeGreaterThan(0);
      }
      // What was kept validates again with no problems: the validator never keeps a bad value.
      expect(validatePolicy(JSON.parse(JSON.stringify(result.policy)), source).problems).toEqual([]);
    }), { numRuns: 400 });
  });
});

async function run(args: string[], stdin = '') {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { stdin: async () => stdin, out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const dir = mkdtempSync(join(tmpdir(), 'phi-guard-argv-'));
const textFile = join(dir, 'note.txt');
writeFileSync(textFile, 'Pt Delia Pemberton MRN 00482917');
const badPolicy = join(dir, 'policy.json');
writeFileSync(badPolicy, '{"mode": 5, "customRules": [{"pattern": "(a+)+$"}]}');

const argPiece = fc.oneof(
  fc.constantFrom('scan', 'help', '--json', '--jsonl', '--sensitivity', 'high', 'medium', 'loud', '--policy', badPolicy, textFile,
    '/no/such/file', '-', '--', '--help', '-h', '--version', '-x', '', ' ', dir),
  fc.string({ maxLength: 12 }),
);

describe('the command line with any arguments', () => {
  it('exits 0, 1 or 2 with a message, never a stack trace', async () => {
    await fc.assert(fc.asyncProperty(fc.array(argPiece, { maxLength: 6 }), fc.string({ maxLength: 80 }), async (argv, stdin) => {
      const r = await run(argv, stdin);
      expect([0, 1, 2]).toContain(r.code);
      expect(r.out.length + r.err.length).toBeGreaterThan(0);
      expect(`${r.out}\n${r.err}`).not.toMatch(/\n\s+at .+:\d+:\d+\)?/);
    }), { numRuns: 200 });
  });
});
