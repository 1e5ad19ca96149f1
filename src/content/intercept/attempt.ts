// A publish attempt caught by the interceptor: what triggered it and which editors it publishes.

export interface PublishAttempt {
  trigger: 'click' | 'key' | 'submit';
  /** The composer the user acted on (focus returns here on Edit). */
  primary: HTMLElement;
  /** Every editor published by this action (thread items, title + body, content warning). */
  composers: HTMLElement[];
  /** The clicked publish control, or the form's submitter. */
  control: Element | null;
  form: HTMLFormElement | null;
  /** The innermost element the click or key went to (inside shadow roots), to replay it. */
  origin: Element | null;
  key: Pick<KeyboardEvent, 'key' | 'code' | 'keyCode' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'> | null;
}
