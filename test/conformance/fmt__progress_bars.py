# Text progress bars and a small horizontal bar chart.
def bar(done, total, width=20, fill='#', empty='.'):
    frac = done / total if total else 1.0
    n = int(frac * width)
    return f'[{fill * n}{empty * (width - n)}] {frac:>6.1%} ({done}/{total})'

for done in (0, 1, 7, 13, 20):
    print(bar(done, 20))
print(bar(3, 0), bar(1, 3, width=9, fill='=', empty=' '))
data = {'python': 42, 'javascript': 37, 'go': 12, 'rust': 9, 'cobol': 1}
peak = max(data.values())
for lang, n in sorted(data.items(), key=lambda kv: -kv[1]):
    blocks = round(n / peak * 30)
    print(f'{lang:>10} │{"█" * blocks:<30}│ {n:>3}')
steps = ['download', 'verify', 'install', 'configure']
for i, s in enumerate(steps, 1):
    status = 'done' if i < 3 else 'running' if i == 3 else 'pending'
    print('{:>2}/{} {:.<16}{:>8}'.format(i, len(steps), s, status.upper()))
spinner = '|/-\\'
print(' '.join(spinner[i % len(spinner)] for i in range(10)))
