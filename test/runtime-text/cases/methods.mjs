// Case builders for the str-method goldens: case mappings (over every cased character, whose list
// comes from python3 through the pythonRanges callback) and the other str methods.

/** Case mappings over every character CPython maps or considers cased, in chunks and in words. */
export function caseCases(pythonRanges) {
  const cps = pythonRanges("ch.upper() != ch or ch.lower() != ch or ch.casefold() != ch or ch.title() != ch or ch.isupper() or ch.islower() or ch.istitle()");
  const chars = [];
  for (let i = 0; i < cps.length; i += 2) for (let c = cps[i]; c <= cps[i + 1]; c++) if (c < 0xd800 || c > 0xdfff) chars.push(String.fromCodePoint(c));
  const strings = ['', 'hello world', "they're bill's friends", 'ΣΑΣ ΟΔΥΣΣΕΥΣ', 'Σ', 'aΣ', 'aΣb', 'aΣ.', "a'Σ", 'ß straße',
    'ﬁne ﬂy', 'ŉ', 'ǅungla ǆ Ǆ', 'İstanbul ı', 'ᾳ ᾼ', 'Ꭰꭰ', '123abc DEF', 'x_y-z', 'ﬀ 𝐀𝐁 𐐀𐐨', 'hello\u0345'];
  const chunks = [];
  for (let i = 0; i < chars.length; i += 64) chunks.push(chars.slice(i, i + 64).join(''));
  const words = [];
  for (let i = 0; i < chars.length; i += 64) words.push(chars.slice(i, i + 64).join(' '));
  const cases = [];
  for (const m of ['upper', 'lower', 'casefold', 'title', 'capitalize', 'swapcase']) {
    for (const t of [...strings, ...chunks]) cases.push({ fn: `str.${m}`, args: [t] });
  }
  for (const m of ['title', 'swapcase']) for (const t of words) cases.push({ fn: `str.${m}`, args: [t] });
  for (const m of ['isupper', 'islower', 'istitle']) for (const t of strings) cases.push({ fn: `str.${m}`, args: [t] });
  return cases;
}

/** The str methods of str-methods-*.ts over samples with ASCII, Unicode whitespace and astral text. */
export function methodsCases() {
  const texts = ['', 'a', 'hello world', '  spaced  out  ', 'a,b,,c,', ',a,', 'aaa', 'abcabcabc', 'x😀y😀z', '😀😀',
    'é😀é', '\t tab\tsep\n', 'a\u2000b\u3000c\x85d\x1ce', 'line1\nline2\r\nline3\rline4\x0bv\x0cf\x1c\x1d\x1e\x85\u2028\u2029end',
    'trailing\n', '\n\n', '+42', '-7', '42', '-', 'x\ty\tz\n\tw\r\tv', '😀\t😀\tx'];
  const cases = [];
  const seps = [null, ',', ' ', 'a', 'aa', '😀', 'abc', ''];
  for (const t of texts) {
    for (const sep of seps) {
      for (const m of [-1, 0, 1, 2]) {
        cases.push({ fn: 'str.split', args: [t, sep, m] }, { fn: 'str.rsplit', args: [t, sep, m] });
      }
    }
    cases.push({ fn: 'str.splitlines', args: [t, false] }, { fn: 'str.splitlines', args: [t, true] });
    for (const chars of [null, 'a', ' ', 'ha', '😀', 'x😀z', '', ' \t\n']) {
      for (const m of ['strip', 'lstrip', 'rstrip']) cases.push({ fn: `str.${m}`, args: [t, chars] });
    }
    // Many bound pairs on the texts where positions matter, a few on the rest, to keep the table small.
    const searchable = t.length > 2 && !t.startsWith(' ') && !t.startsWith('+');
    const bounds = searchable ? [[null, null], [1, null], [-3, null], [0, -1], [2, 5], [5, 2], [-30, 30], [3, 3],
      [t.length, null], [[...t].length, null], [[...t].length + 1, null]] : [[null, null], [-2, null], [1, 1]];
    for (const sub of ['', 'a', 'abc', '😀', 'y😀', ',', 'line', '\n']) {
      for (const [a, b] of bounds) {
        for (const m of ['find', 'rfind', 'count', 'startswith', 'endswith']) cases.push({ fn: `str.${m}`, args: [t, sub, a, b] });
      }
      for (const m of ['index', 'rindex']) cases.push({ fn: `str.${m}`, args: [t, sub, null, null] }, { fn: `str.${m}`, args: [t, sub, 1, -1] });
      for (const m of ['partition', 'rpartition', 'removeprefix', 'removesuffix']) cases.push({ fn: `str.${m}`, args: [t, sub] });
      for (const count of [-1, 0, 1, 2]) cases.push({ fn: 'str.replace', args: [t, sub, '<😀>', count] }, { fn: 'str.replace', args: [t, sub, '', count] });
    }
    cases.push({ fn: 'str.startswith', args: [t, { t: ['x', 'a', 'h'] }, null, null] },
      { fn: 'str.endswith', args: [t, { t: ['z', 'c,', 'd'] }, 1, null] }, { fn: 'str.startswith', args: [t, { t: [] }, null, null] });
    for (const w of [-1, 0, 3, 8, 11, 12, 25]) {
      for (const fill of [' ', '*', '😀']) {
        for (const m of ['center', 'ljust', 'rjust']) cases.push({ fn: `str.${m}`, args: [t, w, fill] });
      }
      cases.push({ fn: 'str.zfill', args: [t, w] });
    }
    for (const size of [8, 4, 1, 0, -1]) cases.push({ fn: 'str.expandtabs', args: [t, size] });
  }
  for (const fill of ['', 'ab', '😀😀']) cases.push({ fn: 'str.center', args: ['x', 5, fill] }, { fn: 'str.ljust', args: ['x', 5, fill] });
  const predicateTexts = ['', 'abc', 'ABC', 'Abc', 'Hello World', 'hello World', 'HELLO world', '123', '١٢٣', '½', '²', '一',
    'abc123', 'a b', ' \t\n', '\u2000', 'Ǆ', 'ǅa', 'ᾼ', '_id', '1id', 'idé', 'x😀', '𝐀𝐁', 'a\x00', '\x7f', 'ß', 'ÀÉ', 'ⅷ'];
  for (const t of predicateTexts) {
    for (const m of ['isalpha', 'isdigit', 'isdecimal', 'isnumeric', 'isalnum', 'isspace', 'isupper', 'islower', 'istitle',
      'isidentifier', 'isprintable', 'isascii']) cases.push({ fn: `str.${m}`, args: [t] });
  }
  return cases;
}
