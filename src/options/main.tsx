import { render } from 'preact';
import { checkPatternBacktracking } from '../policy/regex-safety';
import { usePatternCheck } from '../policy/settings';
import { applyLanguageSetting } from '../i18n';
import { Options } from './Options';
import './styles.css';

// This page bundles the analyser, so custom rules are checked here at once.
usePatternCheck(checkPatternBacktracking);
// Until the settings load, the page (its "Loading" line) speaks the browser's language.
void applyLanguageSetting('auto').then(() => render(<Options />, document.getElementById('app')!));
