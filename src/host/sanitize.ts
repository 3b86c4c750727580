// Internal error messages that reach a user are sanitised (invariant 9): first line only, no file
// paths or URLs (host or `corral:///` ones), no stack, no isolated-vm wording, bounded length.

const MAX = 300;

export function sanitizeMessage(text: string): string {
  const first = text.split(/\r?\n/, 1)[0] ?? '';
  const clean = first
    .replace(/\b[a-z][a-z0-9+.-]*:\/\/\S*/gi, '<location>')
    .replace(/(?:[A-Za-z]:)?[\\/](?:[^\s\\/'"]+[\\/])+[^\s'"]*/g, '<path>')
    .replace(/isolated-vm|\bisolated?\b/gi, 'sandbox')
    .trim();
  return clean.length > MAX ? `${clean.slice(0, MAX)}…` : clean || 'unknown error';
}

/** `corral:///<name>.js` from a script filename: the generated JS never carries a host path. */
export function jsFilenameFor(filename: string): string {
  const base = filename.split(/[\\/]/).pop() ?? '';
  const stem = base.replace(/\.py$/i, '').replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^[._]+|[._]+$/g, '');
  return `corral:///${stem || 'script'}.js`;
}
