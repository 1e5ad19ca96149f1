// The English and Spanish catalogues stay in step, and stay valid `_locales` files the browser accepts.
import { readFileSync, readdirSync } from 'node:fs';
import { LANGUAGES } from '../../../src/i18n/catalogues';
import en from '../../../public/_locales/en/messages.json';
import es from '../../../public/_locales/es/messages.json';
import manifest from '../../../manifest.json' with { type: 'json' };

const placeholders = (message: string) => (message.match(/\$[1-9]/g) ?? []).sort();

// The files themselves (the extension bundles only English and reads Spanish from the package).
const CATALOGUES = { en, es };

describe('message catalogues', () => {

  it('has the same keys in English and Spanish', () => {
    expect(Object.keys(es).sort()).toEqual(Object.keys(en).sort());
  });

  it('uses the same substitutions in both languages', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect({ key, subs: placeholders(es[key].message) }).toEqual({ key, subs: placeholders(en[key].message) });
    }
  });

  it('has no empty message, and no named $placeholder$ the catalogue does not declare', () => {
    for (const lang of LANGUAGES) {
      for (const [key, entry] of Object.entries(CATALOGUES[lang])) {
        expect(entry.message.trim(), `${lang}.${key}`).not.toBe('');
        expect(entry.message, `${lang}.${key}`).not.toMatch(/\$[A-Za-z_][\w@]*\$/);
      }
    }
  });

  it('names messages the way the browser requires ([A-Za-z0-9_@], unique ignoring case)', () => {
    const keys = Object.keys(en);
    for (const key of keys) expect(key).toMatch(/^[A-Za-z0-9_@]+$/);
    expect(new Set(keys.map((k) => k.toLowerCase())).size).toBe(keys.length);
  });

  it('has a catalogue for every language folder, and English as the default locale', () => {
    expect(readdirSync('public/_locales').sort()).toEqual([...LANGUAGES].sort());
    expect(manifest.default_locale).toBe('en');
  });

  it('has every __MSG_…__ the manifest names', () => {
    const names = [...JSON.stringify(manifest).matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]);
    expect(names.length).toBeGreaterThan(2);
    for (const lang of LANGUAGES) for (const name of names) expect(CATALOGUES[lang], `${lang}: ${name}`).toHaveProperty(name);
  });

  it('gives each built-in rule the same English reason as the rule itself, and a Spanish one', () => {
    const files = readdirSync('rules').filter((f) => f.endsWith('.json'));
    let checked = 0;
    for (const file of files) {
      const data = JSON.parse(readFileSync(`rules/${file}`, 'utf8'));
      for (const rule of Array.isArray(data) ? data : data.rules) {
        const key = `reason_${rule.id.replace(/[.-]/g, '_')}` as keyof typeof en;
        expect(en[key]?.message, rule.id).toBe(rule.reason);
        expect(es[key]?.message, rule.id).toBeTruthy();
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(30);
  });
});
