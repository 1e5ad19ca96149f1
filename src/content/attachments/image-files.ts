// Which attached files the guard reads: the still-image formats the image engine decodes (PNG,
// JPEG, WebP), recognised by type or, when the browser gives none, by name. Other files (video,
// PDF, GIF, HEIC) are left alone: the guard reads text and photos it can check.
const TYPES = new Set(['image/png', 'image/jpeg', 'image/jpg', 'image/pjpeg', 'image/webp']);
const NAMES = /\.(png|jpe?g|webp)$/i;

export function isCheckableImage(file: File): boolean {
  return TYPES.has(file.type.toLowerCase()) || (!file.type && NAMES.test(file.name));
}

/** The checkable images of a FileList (input, clipboard, drop), in order. */
export function checkableImages(files: FileList | readonly File[] | null | undefined): File[] {
  if (!files) return [];
  return [...files].filter(isCheckableImage);
}
