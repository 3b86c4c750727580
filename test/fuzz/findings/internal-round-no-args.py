# fuzz finding: internal (seed 11 case 556, minimised by hand)
# observed: error.kind 'internal' ("the runtime failed (a bug in Corral)"); onInternalError detail:
#   Error: not a Python value: undefined
#       at typeOf (corral:///runtime.js)
#       at PyBuiltinFunction.roundBuiltin [as fn] (corral:///runtime.js)
# python3: TypeError: round() missing required argument 'number' (pos 1)
round()
