// bytes: literals, comparison, indexing, iteration, membership, concatenation, encode/decode.
const B = (s) => `$rt.bytes(${JSON.stringify(s)})`;
export const cases = [
  { name: 'bytes basics',
    py: "print(b'ab' == b'ab', b'a' < b'b', b'ab' != b'ac', len(b'abc'), b'abc'[1], b'abc'[-1], b'abc'[1:], list(b'ab'), 97 in b'abc', b'bc' in b'abc', b'a' + b'b', b'ab' * 2, bool(b''), {b'k': 1}[b'k'], repr(b'it\\'s\\x00\\n'))",
    js: `P($rt.eq(${B('ab')}, ${B('ab')}), $rt.lt(${B('a')}, ${B('b')}), $rt.ne(${B('ab')}, ${B('ac')}), $rt.call($b('len'), ${B('abc')}), $rt.getitem(${B('abc')}, 1), $rt.getitem(${B('abc')}, -1), $rt.getitem(${B('abc')}, $rt.slice(1, null, null)), $rt.call($b('list'), ${B('ab')}), $rt.contains(${B('abc')}, 97), $rt.contains(${B('abc')}, ${B('bc')}), $rt.add(${B('a')}, ${B('b')}), $rt.mul(${B('ab')}, 2), $rt.call($b('bool'), ${B('')}), $rt.getitem($rt.dict([${B('k')}, 1]), ${B('k')}), $rt.repr(${B("it's\x00\n")}));` },
  { name: 'encode and decode',
    py: "print(b'caf\\xc3\\xa9'.decode(), 'café'.encode(), 'é'.encode('latin-1'), 'x😀'.encode('utf-8'), b'\\xe9'.decode('latin-1'), bytes([65, 66]), bytes(3), bytes('hi', 'ascii'), b'\\x00\\xff'.hex(), 'abc'.encode('ascii').decode())",
    js: `P($rt.callMethod(${B('caf\xc3\xa9')}, 'decode'), $rt.callMethod('café', 'encode'), $rt.callMethod('é', 'encode', 'latin-1'), $rt.callMethod('x😀', 'encode', 'utf-8'), $rt.callMethod(${B('\xe9')}, 'decode', 'latin-1'), $rt.call($b('bytes'), $rt.list([65, 66])), $rt.call($b('bytes'), 3), $rt.call($b('bytes'), 'hi', 'ascii'), $rt.callMethod(${B('\x00\xff')}, 'hex'), $rt.callMethod($rt.callMethod('abc', 'encode', 'ascii'), 'decode'));` },
  { name: 'invalid utf-8', py: "b'ok\\xff'.decode()", js: `$rt.callMethod(${B('ok\xff')}, 'decode');` },
  { name: 'truncated utf-8', py: "b'\\xe2\\x82'.decode()", js: `$rt.callMethod(${B('\xe2\x82')}, 'decode');` },
  { name: 'bad continuation', py: "b'\\xe2\\x28\\xa1'.decode()", js: `$rt.callMethod(${B('\xe2\x28\xa1')}, 'decode');` },
  { name: 'ascii encode error', py: "'aé'.encode('ascii')", js: `$rt.callMethod('aé', 'encode', 'ascii');` },
  { name: 'unknown encoding', py: "'a'.encode('nope')", js: `$rt.callMethod('a', 'encode', 'nope');` },
  { name: 'bytes out of range', py: 'bytes([256])', js: `$rt.call($b('bytes'), $rt.list([256]));` },
  { name: 'bytes plus str', py: "b'a' + 'b'", js: `$rt.add(${B('a')}, 'b');` },
];
