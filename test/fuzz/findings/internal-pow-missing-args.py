# fuzz finding: internal (seed 11 case 1118, minimised by hand); pow() with no argument fails the same way
# observed: error.kind 'internal' ("the runtime failed (a bug in Corral)"); onInternalError detail:
#   Error: not a Python value: undefined
#       at typeOf (corral:///runtime.js)
#       at binaryOp (corral:///runtime.js)
# python3: TypeError: pow() missing required argument 'exp' (pos 2)
pow(1)
