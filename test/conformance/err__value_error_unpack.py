# Parses "key=value" settings lines; one line has no '=' so the unpacking fails (ValueError).

CONFIG = """
# service settings
name = billing
workers = 4
timeout=30
debug = false
retries
"""


def parse_value(raw):
    raw = raw.strip()
    if raw.isdigit():
        return int(raw)
    if raw in ("true", "false"):
        return raw == "true"
    return raw


settings = {}
for lineno, line in enumerate(CONFIG.splitlines(), start=1):
    line = line.strip()
    if not line or line.startswith("#"):
        continue
    print(f"line {lineno}: {line!r}")
    key, value = line.split("=")
    settings[key.strip()] = parse_value(value)
    print("  ->", settings)
print("parsed", len(settings), "settings")
