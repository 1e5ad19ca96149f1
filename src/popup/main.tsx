import { render } from 'preact';
import { extensionApi } from '../policy/extension-api';
import { loadSettings, watchSettings } from '../policy/settings';
import { readTabHealth } from '../background/tab-health';
import '../options/styles.css';
import { Popup } from './Popup';
import { localiseEach } from '../i18n/page';

// activeTab (granted by opening the popup) is what lets us read the current tab's URL.
async function start(): Promise<void> {
  const [tab] = (await extensionApi()?.tabs.query({ active: true, currentWindow: true })) ?? [];
  const root = document.getElementById('app')!;
  const health = await readTabHealth(tab?.id);
  // Each render waits for its language's catalogue, so the popup never opens in the wrong language.
  const draw = localiseEach('extName', (settings: Awaited<ReturnType<typeof loadSettings>>) => {
    render(<Popup settings={settings} tabUrl={tab?.url} health={health} />, root);
  });
  void draw(await loadSettings());
  watchSettings(draw);
}

void start();
