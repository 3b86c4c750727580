import a
# ---
import a.b
# ---
import a.b.c
# ---
import a as b
# ---
import a.b as c
# ---
import a, b
# ---
import a as x, b as y
# ---
from a import b
# ---
from a import b, c
# ---
from a import b as c
# ---
from a import (b, c)
# ---
from a import (b, c,)
# ---
from a import (b as c, d)
# ---
from a import *
# ---
from . import a
# ---
from .. import a
# ---
from ... import a
# ---
from .... import a
# ---
from .a import b
# ---
from ..a.b import c
# ---
from .a.b import c as d
# ---
from . import *
# ---
from .a import *
# ---
from a.b.c import d
# ---
from __future__ import annotations
# ---
from a import (
  b,
  c,
)
# ---
import  a . b
