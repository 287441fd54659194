/** Loads an image for drawing on a canvas; the error names the file. Rejects with an AbortError when aborted. */
export function loadImage(url: string, path: string, folder: string, signal: AbortSignal): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    const abort = () => {
      image.src = '';
      reject(new DOMException('The view went away.', 'AbortError'));
    };
    if (signal.aborted) return abort();
    signal.addEventListener('abort', abort, { once: true });
    image.onload = () => {
      signal.removeEventListener('abort', abort);
      resolve(image);
    };
    image.onerror = () => {
      signal.removeEventListener('abort', abort);
      reject(new Error(`Cannot load ${path} (${folder}): missing, or not an image`));
    };
    image.src = url;
  });
}

/** A value that names a file: a non-empty string that is not inline JSON. */
export function filePath(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  return trimmed && !trimmed.startsWith('[') && !trimmed.startsWith('{') ? trimmed : null;
}
