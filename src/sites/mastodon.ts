// Mastodon, on any instance: recognised by its markup (div#mastodon app holder, form.compose-form),
// not by host. The textarea and the content-warning input are published together by the form's
// submit button or Ctrl/Cmd+Enter (which calls the handler directly, not via a submit event).
// Source: sites.md §10.
import { defineAdapter } from './define-adapter';

export const mastodon = defineAdapter({
  id: 'mastodon',
  kind: 'social',
  matches: ['https://mastodon.social/*', 'https://mastodon.online/*', 'https://mstdn.social/*'],
  detect: (doc) => doc.querySelector('#mastodon, form.compose-form') !== null,
  composer: 'form.compose-form textarea, form.compose-form input.spoiler-input__input, form.compose-form #cw-spoiler-input',
  submit: 'form.compose-form button[type="submit"], .compose-form__publish-button-wrapper button',
  container: 'form.compose-form',
});
