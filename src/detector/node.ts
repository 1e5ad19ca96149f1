// The detector for Node (dist/node/detector.js, the CLI, scripts): the same library with the
// knowledge of names and places installed at import. The extension's content script imports
// ./index instead and loads the knowledge lazily (src/content/knowledge-loader.ts).
import './knowledge/bundled';

export * from './index';
