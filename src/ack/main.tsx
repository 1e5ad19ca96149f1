import { render } from 'preact';
import { loadSettings } from '../policy/settings';
import '../options/styles.css';
import { Acknowledge } from './Acknowledge';
import { localisePage } from '../i18n/page';

void loadSettings().then(async (settings) => {
  await localisePage(settings.language, 'ackPageTitle');
  render(<Acknowledge settings={settings} />, document.getElementById('app')!);
});
