# A str subclass for tags, used with the str methods and operators that accept str.
class Tag(str):
    def normalized(self):
        return Tag(self.strip().lower().replace(' ', '-'))
    def __repr__(self):
        return f'Tag({str.__repr__(self)})'

raw = ['Python ', ' Data Science', 'python', 'ML', 'data science']
tags = [Tag(t).normalized() for t in raw]
print(tags)
print(', '.join(tags), '|'.join(sorted(set(tags))))
print([t.upper() for t in tags], [type(t.upper()).__name__ for t in tags[:1]])
print('data-science' in tags, 'sci' in tags[1], tags[1].startswith('data'), 'x-data-science'.endswith(tags[1]))
print('python, ml'.split(Tag(', ')), 'ml'.center(6, Tag('*')), f'{tags[0]:>10}|', '{:^12}'.format(tags[3]))
print(tags[0] == 'python', len(tags[1]), tags[1][:4], tags[0] + '!', tags[0] * 2)
counts = {}
for t in tags:
    counts[t] = counts.get(t, 0) + 1
print(counts, counts['python'])
