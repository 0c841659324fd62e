/** Dates in file names and ISO-like fields: the user's local day, whatever their language. */
const pad = (n: number) => String(n).padStart(2, '0');

/** `2026-11-25` in local time: file names, ISO-like dates. */
export function localIsoDate(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
