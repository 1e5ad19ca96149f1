import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../../src/detector/types';
import { SITE_IDS } from '../../../src/policy/site-ids';
import { POLICY_KEYS } from '../../../src/policy/validate';
import { SITE_OVERRIDE_FIELDS } from '../../../src/policy/validate-site-overrides';

const schema = JSON.parse(readFileSync('public/schema.json', 'utf8'));
// Attributes Chromium's policy schema parser understands; anything else would stop the extension loading.
const KNOWN = new Set(['type', 'properties', 'items', 'description', 'title']);

function attributes(node: Record<string, unknown>): string[] {
  const own = Object.keys(node);
  const nested = [
    ...Object.values((node.properties ?? {}) as Record<string, Record<string, unknown>>).flatMap(attributes),
    ...(node.items ? attributes(node.items as Record<string, unknown>) : []),
  ];
  return [...own, ...nested];
}

describe('managed_schema', () => {
  it('describes every policy key and every category', () => {
    expect(Object.keys(schema.properties).sort()).toEqual([...POLICY_KEYS].sort());
    expect(Object.keys(schema.properties.categories.properties)).toEqual([...CATEGORIES]);
  });

  it('names every site id and every override field, since Chromium drops nested keys the schema does not name', () => {
    const overrides = schema.properties.siteOverrides;
    expect(overrides.type).toBe('object');
    expect(Object.keys(overrides.properties)).toEqual([...SITE_IDS]);
    for (const id of SITE_IDS) {
      const entry = overrides.properties[id];
      expect(entry.type, id).toBe('object');
      expect(Object.keys(entry.properties), id).toEqual([...SITE_OVERRIDE_FIELDS]);
      expect(entry.properties.composer.type).toBe('string');
      expect(entry.properties.submit.type).toBe('string');
      expect(entry.properties.submitLabels).toMatchObject({ type: 'array', items: { type: 'string' } });
    }
  });

  it('uses only the schema attributes Chromium accepts', () => {
    expect(attributes(schema).filter((a) => !KNOWN.has(a))).toEqual([]);
  });
});
