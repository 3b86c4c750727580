# accepted: offered modules (this test's policy offers math, json and re)
import math
import json as j
from re import compile as rc
import math, json
---
# refused: modules the policy does not offer
import os                                    ### E202
import os.path                               ### E202
from subprocess import run                   ### E202
import math, sys                             ### E202
def f():
    import socket                            ### E202
---
# refused: relative imports and star imports
from . import sibling                        ### E202
from .pkg import thing                       ### E202
from math import *                           ### E101
from os import *                             ### E202 E101
---
# policy: {"modules": []}
# refused: nothing is offered
import math                                  ### E202
