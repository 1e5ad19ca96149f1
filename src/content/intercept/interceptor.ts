// The submit interceptor: capture-phase click, keydown and submit listeners on window, registered
// synchronously at document_start so they run before any site handler (React roots, ProseMirror,
// Lexical, Quill all listen lower in the tree). It only recognises publish attempts; what to do
// with them is the guard's decision, made synchronously from the exact current text.
import { containsDeep, eventOrigin } from '../../sites/dom/deep-query';
import type { SiteAdapter } from '../../sites/types';
import type { PublishAttempt } from './attempt';
import { isPublishKey, mayPublish, suggestionsOpen } from './keys';
import { isReplaying } from './replay';

export interface InterceptorHost {
  /** The active adapter, or null when the guard is off on this page. */
  adapter(): SiteAdapter | null;
  /** The known composer an event went through, if any. */
  composerOnPath(path: EventTarget[]): HTMLElement | null;
  /** Of several composers published together, the one to return focus to (the last focused). */
  preferred(composers: HTMLElement[]): HTMLElement;
  /** Returns true when the publish must be held (the guard then shows the warning). */
  shouldHold(attempt: PublishAttempt): boolean;
}

/** Every editor published together with `composer`: all composers inside its container. */
export function editorsPublishedWith(adapter: SiteAdapter, composer: HTMLElement): HTMLElement[] {
  const container = adapter.containerOf(composer);
  const inside = adapter.findComposers(container);
  return inside.includes(composer) ? inside : [composer, ...inside];
}

function hold(event: Event): void {
  event.preventDefault();
  event.stopImmediatePropagation();
}

export function installInterceptor(host: InterceptorHost, win: Window = window): void {
  const onClick = (event: MouseEvent) => {
    if (isReplaying()) return;
    const adapter = host.adapter();
    if (!adapter) return;
    const path = event.composedPath();
    const control = adapter.submitControlOn(path);
    if (!control) return;
    const composers = adapter.findComposers(document).filter((c) => adapter.isSubmitControl(path, c));
    if (composers.length === 0) return;
    const published = [...new Set(composers.flatMap((c) => editorsPublishedWith(adapter, c)))];
    const attempt: PublishAttempt = {
      trigger: 'click', primary: host.preferred(published), composers: published, control, form: null,
      origin: eventOrigin(path), key: null,
    };
    if (host.shouldHold(attempt)) hold(event);
  };

  const onKeydown = (event: KeyboardEvent) => {
    if (isReplaying() || !mayPublish(event)) return;
    const adapter = host.adapter();
    if (!adapter) return;
    const path = event.composedPath();
    const composer = host.composerOnPath(path);
    if (!composer) return;
    const enterSends = adapter.enterSends(composer);
    const isPublish = isPublishKey(event, {
      submitKeys: adapter.submitKeys,
      enterSends,
      suggestionsOpen: enterSends && !event.ctrlKey && !event.metaKey && suggestionsOpen(composer),
    });
    if (!isPublish) return;
    const { key, code, keyCode, ctrlKey, metaKey, shiftKey, altKey } = event;
    const attempt: PublishAttempt = {
      trigger: 'key', primary: composer, composers: editorsPublishedWith(adapter, composer), control: null,
      form: null, origin: eventOrigin(path), key: { key, code, keyCode, ctrlKey, metaKey, shiftKey, altKey },
    };
    if (host.shouldHold(attempt)) hold(event);
  };

  const onSubmit = (event: SubmitEvent) => {
    if (isReplaying()) return;
    const adapter = host.adapter();
    const form = event.target;
    if (!adapter || !(form instanceof HTMLFormElement)) return;
    const composers = adapter.findComposers(form).filter((c) => containsDeep(form, c));
    if (composers.length === 0) return;
    const attempt: PublishAttempt = {
      trigger: 'submit', primary: host.preferred(composers), composers, control: event.submitter, form,
      origin: null, key: null,
    };
    if (host.shouldHold(attempt)) hold(event);
  };

  win.addEventListener('click', onClick, true);
  win.addEventListener('keydown', onKeydown, true);
  win.addEventListener('submit', onSubmit, true);
}
