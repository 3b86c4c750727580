# Times one benchmark inside CPython, excluding interpreter start-up: reads the program, captures
# its stdout in a buffer, times exec() with perf_counter, and reports {"ms", "out"} as JSON.
import io
import json
import sys
import time
from contextlib import redirect_stdout

path = sys.argv[1]
with open(path, encoding="utf-8") as f:
    src = f.read()
code = compile(src, path, "exec")
buf = io.StringIO()
error = None
start = time.perf_counter()
try:
    with redirect_stdout(buf):
        exec(code, {"__name__": "__main__"})
except BaseException as e:  # report, don't crash the harness
    error = f"{type(e).__name__}: {e}"
ms = (time.perf_counter() - start) * 1000.0
sys.stdout.write(json.dumps({"ms": ms, "out": buf.getvalue(), "error": error}))
