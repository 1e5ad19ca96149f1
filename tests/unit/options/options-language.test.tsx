// The options page in the policy's language: its first render with the settings waits for the
// catalogue (read from the package), so it never shows Spanish settings in English words; when the
// catalogue cannot be read it shows them in English.
import { readFileSync } from 'node:fs';
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Options } from '../../../src/options/Options';
import { installFakeExtension, removeFakeExtension } from '../policy/fake-extension';

afterEach(() => { cleanup(); removeFakeExtension(); vi.unstubAllGlobals(); document.documentElement.lang = ''; });

const packaged = readFileSync('public/_locales/es/messages.json', 'utf8');

// In this order: a catalogue that loaded stays loaded for the rest of the file.
const CASES = [
  { what: 'stays in English, lang="en", when the Spanish catalogue cannot be read', file: () => new Response('', { status: 404 }),
    lang: 'en', title: 'PHI Guard settings', zip: 'ZIP and postal codes' },
  { what: 'renders in Spanish, lang="es", once the catalogue is in', file: () => new Response(packaged),
    lang: 'es', title: 'Configuración de PHI Guard', zip: 'Códigos postales' },
];

describe('options page language', () => {
  for (const { what, file, lang, title, zip } of CASES) {
    it(what, async () => {
      installFakeExtension().storage.managed.replace({ language: 'es' });
      vi.stubGlobal('fetch', async () => file());
      render(<Options />);
      await waitFor(() => expect(document.querySelector('main')?.getAttribute('aria-busy')).toBeNull());
      expect(screen.getByRole('heading', { name: title })).toBeTruthy();
      expect(screen.getByLabelText(zip)).toBeTruthy();
      expect(document.documentElement.lang).toBe(lang);
      expect(document.title).toBe(title);
    });
  }
});
