import { render } from 'preact';
import { loadSettings } from '../policy/settings';
import '../options/styles.css';
import { Acknowledge } from './Acknowledge';

void loadSettings().then((settings) => render(<Acknowledge settings={settings} />, document.getElementById('app')!));
