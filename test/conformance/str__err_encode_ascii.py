# Exporting names to a legacy ASCII-only system: replace what we can, then fail loudly.
names = ['Alice', 'Zoë', 'Jürgen', 'Ødegaard', 'Li Wei']
for n in names:
    safe = n.encode('ascii', 'replace').decode('ascii')
    stripped = n.encode('ascii', 'ignore').decode()
    print(f'{n:<10} -> {safe:<10} {stripped:<10} {len(n.encode("utf-8"))} bytes')
latin = [n.encode('latin-1') for n in names]
print(latin)
print([b.decode('latin-1') for b in latin] == names)
print('strict export:')
for n in names:
    print(n, n.encode('ascii'))
