/** One key per person however their name is spelled in a file or the profile: case, ё/е and spaces do not count. */
export function personKey(name: string): string {
  return name.trim().toLocaleLowerCase('ru').replace(/ё/g, 'е').replace(/\s+/g, ' ');
}
