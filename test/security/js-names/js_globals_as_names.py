# expect: ok
# Python names spelled like JavaScript globals are the script's own variables.
Object = 1
Array = [Object]
Function = lambda: 'fn'
globalThis = 'mine'
NaN = 'not a number'
Infinity = 8
undefined = None
def this(arguments):
    return arguments
print(Object, Array, Function(), globalThis, NaN, Infinity, undefined, this(arguments=3))
for eval_ in [Object]:
    print(eval_)
