/**
 * Saves bytes or text as a file from an extension page or the content script: a Blob URL and an `<a download>`
 * click (no `downloads` permission needed). The only side effect of the export.
 */
export const MIME = {
  csv: 'text/csv;charset=utf-8',
  json: 'application/json;charset=utf-8',
} as const;

/**
 * `into`: where the link is put for its click (the page's body by default). The sidebar passes an element of its own
 * shadow root, so that MAX's page never sees the link (nor the Blob URL of the user's summary).
 */
export function downloadFile(doc: Document, name: string, data: BlobPart, type: string, into?: Element): void {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = name;
  link.style.display = 'none';
  (into ?? doc.body).append(link);
  link.click();
  link.remove();
  // Late enough for the browser to have started the download.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
