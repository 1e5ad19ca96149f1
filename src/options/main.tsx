import { render } from 'preact';
import { checkPatternBacktracking } from '../policy/regex-safety';
import { usePatternCheck } from '../policy/settings';
import { Options } from './Options';
import './styles.css';

// This page bundles the analyser, so custom rules are checked here at once.
usePatternCheck(checkPatternBacktracking);
render(<Options />, document.getElementById('app')!);
