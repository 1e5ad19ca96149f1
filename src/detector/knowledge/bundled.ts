// Node (CLI, eval, bench, tests): the knowledge file is bundled and installed synchronously at import.
// The extension never imports this file: its content script loads the same file lazily.
import data from './data/knowledge.json';
import { installKnowledge } from './index';
import type { KnowledgeData } from './types';

installKnowledge(data as KnowledgeData);
