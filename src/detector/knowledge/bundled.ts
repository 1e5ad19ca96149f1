// Node (CLI, eval, bench, tests): the knowledge, as packaged, is bundled and installed synchronously at import.
// The extension never imports this file: its content script loads the same data lazily.
import { installKnowledge } from './index';
import { PACKAGED_KNOWLEDGE } from './packaged';

installKnowledge(PACKAGED_KNOWLEDGE);
