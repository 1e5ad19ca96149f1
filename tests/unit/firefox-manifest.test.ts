// The Firefox build's manifest is derived from the Chrome one; what Firefox rejects must go.
import { describe, expect, it } from 'vitest';
import manifest from '../../manifest.json' with { type: 'json' };
import { firefoxManifest, GECKO_ID } from '../../scripts/lib/firefox-manifest';

describe('firefoxManifest', () => {
  const firefox = firefoxManifest(manifest);

  it('names the add-on by its gecko id and drops what Firefox does not take', () => {
    expect(firefox).toMatchObject({ browser_specific_settings: { gecko: { id: GECKO_ID, strict_min_version: '142.0' } } });
    expect(firefox).not.toHaveProperty('key');
    expect(firefox).not.toHaveProperty('storage');
    expect(firefox).not.toHaveProperty('minimum_chrome_version');
  });

  it('runs the background as scripts and keeps everything else', () => {
    expect(firefox.background).toEqual({ scripts: [manifest.background.service_worker], type: 'module' });
    expect(firefox.content_scripts).toEqual(manifest.content_scripts);
    expect(firefox.permissions).toEqual(manifest.permissions.filter((p) => p !== 'offscreen'));
  });

  it('drops the offscreen permission: Firefox reads photos in its background page', () => {
    expect(manifest.permissions).toContain('offscreen');
    expect(firefox.permissions).not.toContain('offscreen');
  });
});
