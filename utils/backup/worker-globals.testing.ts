/**
 * What dexie-export-import expects of a worker or a page and Node lacks: `self` (read when the module loads) and
 * `FileReader` (its export calls `TSON.finalize()` at the end even with no blobs). Import first in tests that load it.
 */
const scope = globalThis as { self?: unknown; FileReader?: unknown };
scope.self ??= globalThis;
scope.FileReader ??= class {
  onload: ((event: { target: { result: ArrayBuffer } }) => void) | null = null;
  onerror: ((event: { target: { error: unknown } }) => void) | null = null;
  onabort: (() => void) | null = null;
  readAsArrayBuffer(blob: Blob) {
    blob.arrayBuffer().then(
      (result) => this.onload?.({ target: { result } }),
      (error) => this.onerror?.({ target: { error } }),
    );
  }
};
