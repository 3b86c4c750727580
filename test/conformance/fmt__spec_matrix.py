# Every value against a grid of format specs, recording errors as CPython words them.
values = [0, 7, -42, 1234567, 2 ** 64, 3.14159, -0.5, 1e-7, 1e22, float('inf'), float('nan'), -0.0, True, 'text', '']
specs = ['', 'd', '>8', '<8', '^8', '08', '+', ' ', ',', '_', 'x', '#o', 'b', 'c', 'e', '.2f', '.3g', '%', '.1%', 's', '.2', 'n', '=+10', '*^9,']
for spec in specs:
    cells = []
    for v in values:
        try:
            cells.append(format(v, spec))
        except (ValueError, TypeError, OverflowError) as e:
            cells.append(f'<{type(e).__name__}: {e}>')
    print(f'{spec!r:>7}: ' + ' | '.join(cells))
