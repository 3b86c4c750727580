# fuzz finding: internal (seed 1001 case 1764, minimised by hand); __int__ returning None fails the same way
# observed: error.kind 'internal' ("the runtime failed (a bug in Corral)"); onInternalError detail:
#   Error: not a Python value: undefined
#       at typeOf (corral:///runtime.js)
#       at toInt (corral:///runtime.js)
#       at intType.ctor (corral:///runtime.js)
# python3: TypeError: __int__ returned non-int (type str)
class C:
    def __int__(self):
        return '7'
print(int(C()))
