/**
 * Saves bytes or text as a file from an extension page or the content script: a Blob URL and an `<a download>`
 * click (no `downloads` permission needed). The only side effect of the export.
 */
export const MIME = {
  csv: 'text/csv;charset=utf-8',
  json: 'application/json;charset=utf-8',
} as const;

export function downloadFile(doc: Document, name: string, data: BlobPart, type: string): void {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = name;
  link.style.display = 'none';
  doc.body.append(link);
  link.click();
  link.remove();
  // Late enough for the browser to have started the download.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
