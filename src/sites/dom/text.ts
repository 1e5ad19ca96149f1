// Reads a composer's plain text the way the site will publish it.

export function isTextField(el: Element): el is HTMLTextAreaElement | HTMLInputElement {
  return el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement;
}

/**
 * Text of a textarea/input (`.value`: textContent holds only the initial value) or of a
 * contenteditable (`innerText`: it puts line breaks between blocks where textContent glues
 * paragraphs together, which would break patterns such as a date at the end of a line).
 */
export function readEditableText(el: Element): string {
  if (isTextField(el)) return el.value;
  const html = el as HTMLElement;
  // innerText needs layout; a detached or display:none element falls back to textContent.
  const text = typeof html.innerText === 'string' ? html.innerText : el.textContent ?? '';
  // A lone trailing newline is the editor's placeholder <br>, not something the user typed.
  return text === '\n' ? '' : text;
}
