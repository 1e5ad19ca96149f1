// The warning's styles, inside its own shadow root. `all: initial` on the host keeps the page's
// CSS out; rem/em units and wrapping keep it readable at 200% zoom; a dark scheme follows the OS.

export const OVERLAY_CSS = `
:host { all: initial; }
.backdrop {
  position: fixed; inset: 0; z-index: 2147483647;
  display: flex; align-items: center; justify-content: center;
  padding: 1rem; box-sizing: border-box;
  background: rgba(0, 0, 0, 0.45);
  font: 1rem/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
}
.dialog {
  box-sizing: border-box; width: min(34rem, 100%); max-height: calc(100vh - 2rem); overflow: auto;
  padding: 1.25rem 1.5rem; border-radius: 0.75rem;
  background: #ffffff; color: #1a1a1a; border: 0.125rem solid #b45309;
  box-shadow: 0 0.5rem 2rem rgba(0, 0, 0, 0.3); overflow-wrap: anywhere;
}
h2 { font-size: 1.25rem; line-height: 1.3; margin: 0 0 0.5rem; }
p { margin: 0 0 0.75rem; }
ul { margin: 0 0 1rem; padding: 0 0 0 1.25rem; }
li { margin: 0 0 0.5rem; }
.category { font-weight: 600; }
.words { font-family: ui-monospace, SFMono-Regular, Menlo, monospace; background: #fff3cd; color: #1a1a1a; padding: 0 0.25em; border-radius: 0.25em; }
.reason { display: block; color: #444; }
fieldset { border: 0.0625rem solid #ccc; border-radius: 0.5rem; margin: 0 0 1rem; padding: 0.5rem 0.75rem; }
legend { font-weight: 600; padding: 0 0.25rem; }
label { display: flex; gap: 0.5rem; align-items: flex-start; margin: 0.25rem 0; cursor: pointer; }
.actions { display: flex; flex-wrap: wrap; gap: 0.75rem; justify-content: flex-end; }
button {
  font: inherit; font-weight: 600; padding: 0.5em 1.1em; border-radius: 0.5em; cursor: pointer;
  border: 0.125rem solid #1d4ed8;
}
button.primary { background: #1d4ed8; color: #fff; }
button.secondary { background: transparent; color: #1d4ed8; }
button:disabled { opacity: 0.5; cursor: not-allowed; }
button:focus-visible, input:focus-visible, a:focus-visible { outline: 0.1875rem solid #f59e0b; outline-offset: 0.125rem; }
a { color: #1d4ed8; }
.contact { font-weight: 600; }
.images { margin: 0 0 1rem; }
.checking { font-style: italic; }
.image-finding { display: flex; flex-wrap: wrap; gap: 0.75rem; align-items: flex-start; margin: 0 0 0.75rem; }
.image-words { flex: 1 1 12rem; }
.image-words ul { margin-bottom: 0.25rem; }
.thumbnail { position: relative; flex: none; border: 0.0625rem solid #999; border-radius: 0.25rem; overflow: hidden; background: #eee; }
.thumbnail canvas, .thumbnail svg { position: absolute; inset: 0; width: 100%; height: 100%; display: block; }
.thumbnail rect { fill: none; stroke: #dc2626; stroke-width: 2; }
.summary { font-weight: 600; margin-bottom: 0.25rem; }
.source { color: #444; }
@media (prefers-color-scheme: dark) {
  .dialog { background: #1f2937; color: #f3f4f6; border-color: #f59e0b; }
  .reason, .source { color: #d1d5db; }
  .words { background: #78350f; color: #fff; }
  fieldset { border-color: #4b5563; }
  button { border-color: #93c5fd; }
  button.primary { background: #93c5fd; color: #111827; }
  button.secondary { color: #93c5fd; }
  a { color: #93c5fd; }
}
/* Forced colours (Windows high contrast): system colours, borders kept on the dialog and buttons. */
@media (forced-colors: active) {
  .dialog { border-color: CanvasText; }
  button, button.secondary { border-color: ButtonText; }
  button:disabled { opacity: 1; color: GrayText; border-color: GrayText; }
  button:focus-visible, input:focus-visible, a:focus-visible { outline-color: Highlight; }
  .words { forced-color-adjust: none; background: Mark; color: MarkText; }
}
`;
