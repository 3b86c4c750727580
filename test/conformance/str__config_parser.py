# An INI-style config parser: sections, comments, continuation lines, typed values.
CONFIG = """
; global settings
[server]
host = 0.0.0.0
port=8080
debug = yes   # inline comment

[database]
url = postgres://db:5432/app
pool_size = 10
options = sslmode=require
    connect_timeout=5

[features]
beta_users = ana, ben ,  carla
ratio = 0.75
empty =
"""

def parse_value(v):
    low = v.lower()
    if low in ('yes', 'true', 'on'):
        return True
    if low in ('no', 'false', 'off'):
        return False
    if v.isdigit():
        return int(v)
    if v.replace('.', '', 1).isdigit():
        return float(v)
    if ',' in v:
        return [p.strip() for p in v.split(',')]
    return v

sections = {}
current = None
last_key = None
for lineno, raw in enumerate(CONFIG.splitlines(), 1):
    line = raw.split('#', 1)[0].rstrip()
    if not line.strip() or line.lstrip().startswith(';'):
        continue
    if line.startswith('[') and line.endswith(']'):
        current = sections.setdefault(line[1:-1].strip(), {})
        continue
    if raw[:1].isspace() and last_key:
        current[last_key] += '\n' + line.strip()
        continue
    key, sep, value = line.partition('=')
    if not sep:
        print(f'line {lineno}: no "=" in {line!r}')
        continue
    last_key = key.strip()
    current[last_key] = value.strip()

for name, values in sections.items():
    print(f'[{name}]')
    for k, v in values.items():
        print(f'  {k:<10} = {parse_value(v)!r}')
print(sections['database']['options'].splitlines())
print(sorted(k for s in sections.values() for k in s if k.endswith('s')))
