# accepted: known features at the top of the file are no-ops
from __future__ import annotations
from __future__ import division, generator_stop
x = 1
---
# accepted: after a docstring
"""A script with a docstring."""
from __future__ import annotations
---
# refused: after other statements, as CPython's compiler refuses it
import math
from __future__ import annotations           ### E206
---
# refused: unknown features and braces
from __future__ import nope                  ### E206
from __future__ import braces                ### E206
---
# refused: inside a function
def f():
    from __future__ import annotations       ### E206
