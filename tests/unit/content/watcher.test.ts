import { describe, expect, it, vi } from 'vitest';
import { ComposerWatcher } from '../../../src/content/watcher';
import { x } from '../../../src/sites/x';
import { fakeLayout } from '../sites/fake-layout';

fakeLayout();
const tick = (ms = 250) => new Promise((r) => setTimeout(r, ms));

describe('ComposerWatcher', () => {
  it('reports composers as they mount and unmount (one batched observer)', async () => {
    document.body.innerHTML = '<main id="app"></main>';
    const added = vi.fn();
    const removed = vi.fn();
    const watcher = new ComposerWatcher(x, { added, removed });
    watcher.start();
    const editor = document.createElement('div');
    editor.dataset.testid = 'tweetTextarea_0';
    editor.setAttribute('contenteditable', 'true');
    document.getElementById('app')!.append(editor);
    await tick();
    expect(added).toHaveBeenCalledWith(editor);
    editor.remove();
    await tick();
    expect(removed).toHaveBeenCalledWith(editor);
    watcher.stop();
  });

  it('does not re-query the page on every keystroke in an editable that is not a composer', () => {
    document.body.innerHTML = '<input id="search">';
    const spy = vi.spyOn(x, 'findComposers');
    const watcher = new ComposerWatcher(x, { added: () => {}, removed: () => {} });
    const search = document.getElementById('search')!;
    const path = [search, document.body, document.documentElement, document, window];
    for (let i = 0; i < 20; i++) expect(watcher.composerOnPath(path)).toBeNull();
    expect(spy).toHaveBeenCalledTimes(1);
    spy.mockRestore();
  });

  it('ignores mutations that add no editable element', async () => {
    document.body.innerHTML = '<main id="feed"></main>';
    const watcher = new ComposerWatcher(x, { added: () => {}, removed: () => {} });
    watcher.start();
    const spy = vi.spyOn(x, 'findComposers');
    for (let i = 0; i < 50; i++) document.getElementById('feed')!.append(document.createElement('article'));
    await tick();
    expect(spy).not.toHaveBeenCalled();
    spy.mockRestore();
    watcher.stop();
  });
});
