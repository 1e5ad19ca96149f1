// Catches images as they are attached: a file chosen in a file input (input and change; `input`
// is the one that crosses shadow roots), a paste with files, a drop with files. The files are only
// read: the event goes on untouched, so the site attaches exactly what the person chose.
import { checkableImages } from './image-files';

export interface AttachmentHost {
  /** A file list reached a page the guard serves: its checkable images were attached here. */
  attach(files: File[], path: EventTarget[]): void;
}

export function installAttachmentCapture(host: AttachmentHost, win: Window = window): void {
  // input and change both fire for one choice: each FileList is taken once.
  const seen = new WeakSet<FileList>();
  const fromInput = (event: Event) => {
    const input = event.composedPath()[0];
    if (!(input instanceof HTMLInputElement) || input.type !== 'file' || !input.files || seen.has(input.files)) return;
    seen.add(input.files);
    const files = checkableImages(input.files);
    if (files.length) host.attach(files, event.composedPath());
  };
  const fromTransfer = (event: ClipboardEvent | DragEvent) => {
    const data = 'clipboardData' in event ? event.clipboardData : event.dataTransfer;
    const files = checkableImages(data?.files);
    if (files.length) host.attach(files, event.composedPath());
  };
  win.addEventListener('input', fromInput, true);
  win.addEventListener('change', fromInput, true);
  win.addEventListener('paste', fromTransfer as EventListener, true);
  win.addEventListener('drop', fromTransfer as EventListener, true);
}
