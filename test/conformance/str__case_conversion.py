# Convert identifiers between snake_case, camelCase, PascalCase, kebab-case and CONSTANT_CASE.
def words_of(name):
    words, cur = [], ''
    for i, ch in enumerate(name):
        if ch in '_- ':
            if cur:
                words.append(cur)
            cur = ''
        elif ch.isupper() and cur and (cur[-1].islower() or (i + 1 < len(name) and name[i + 1].islower() and cur[-1].isupper())):
            words.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(cur)
    return [w.lower() for w in words]

def snake(ws): return '_'.join(ws)
def camel(ws): return ws[0] + ''.join(w.capitalize() for w in ws[1:]) if ws else ''
def pascal(ws): return ''.join(w.title() for w in ws)
def kebab(ws): return '-'.join(ws)
def constant(ws): return '_'.join(ws).upper()

names = ['user_id', 'HTTPServerError', 'parseJSONResponse', 'max-retry-count', 'already_snake_case',
         'XMLHttpRequest', 'version2Update', 'A', '__private_name__', 'Title Case Words']
print(f"{'input':<20} {'snake':<22} {'camel':<20} {'kebab':<22} constant")
for n in names:
    ws = words_of(n)
    print(f'{n:<20} {snake(ws):<22} {camel(ws):<20} {kebab(ws):<22} {constant(ws)}')
print([pascal(words_of(n)) for n in names[:4]])
print('hello world'.title(), "it's o'neil".title(), 'ÉCOLE normale'.capitalize(), 'Straße'.upper(), 'ǅ'.lower())
print('Hello'.swapcase(), 'ß'.casefold() == 'SS'.casefold(), 'ﬁ'.upper(), 'İ'.lower().encode())
print('MiXeD'.isupper(), 'UPPER 1'.isupper(), 'lower_1'.islower(), 'Title Case'.istitle(), 'Not title'.istitle())
