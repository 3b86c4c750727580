# A small CSV-ish splitter that honours double quotes, then typed columns.
def split_row(line, sep=','):
    fields, cur, quoted, i = [], [], False, 0
    while i < len(line):
        ch = line[i]
        if quoted:
            if ch == '"' and line[i + 1:i + 2] == '"':
                cur.append('"')
                i += 1
            elif ch == '"':
                quoted = False
            else:
                cur.append(ch)
        elif ch == '"':
            quoted = True
        elif ch == sep:
            fields.append(''.join(cur))
            cur = []
        else:
            cur.append(ch)
        i += 1
    fields.append(''.join(cur))
    return fields

DATA = '''name,city,amount,note
"Smith, Jane",Paris,12.50,"said ""hi"""
Bob,  Berlin ,7,
"O'Neil",Dublin,1e3,plain
'''

lines = DATA.strip().split('\n')
header = split_row(lines[0])
rows = [dict(zip(header, split_row(l))) for l in lines[1:]]
for r in rows:
    r['city'] = r['city'].strip()
    r['amount'] = float(r['amount'])
    print(r)
print(repr(split_row('a;"b;c";d', sep=';')))
print(split_row(''), split_row(',,'))
widths = [max(len(str(r[h])) for r in rows + [dict(zip(header, header))]) for h in header]
print(' | '.join(h.center(w) for h, w in zip(header, widths)))
print('-+-'.join('-' * w for w in widths))
for r in rows:
    print(' | '.join(str(r[h]).ljust(w) for h, w in zip(header, widths)))
total = sum(r['amount'] for r in rows)
print(f'total: {total:,.2f}', 'quoted' if any('"' in r['note'] for r in rows) else '')
