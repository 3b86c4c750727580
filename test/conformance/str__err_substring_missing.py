# Extracting values between markers; index() raises when a marker is missing.
docs = ['<id>17</id><name>Ann</name>', '<id>18</id><name>Bo</name>', '<id>19</id>']
def between(s, a, b):
    i = s.index(a) + len(a)
    return s[i:s.index(b, i)]
print([d.find('<name>') for d in docs], [d.rfind('<') for d in docs])
print([d.count('<') for d in docs], docs[0].startswith('<id>'), docs[2].endswith(('x', '</id>')))
for d in docs[:2]:
    print(between(d, '<id>', '</id>'), between(d, '<name>', '</name>'))
try:
    'abc'.rindex('z')
except ValueError as e:
    print('ValueError:', e)
print(docs[2].find('<name>'), docs[2].partition('<name>'))
print('extracting name from the last document...')
print(between(docs[2], '<name>', '</name>'))
