# expect: ok
# JavaScript reserved words are ordinary Python identifiers.
function = 1
var = 2
let = 3
new = 4
delete = 5
typeof = 6
void = 7
instanceof = 8
switch = 9
default = 10
catch = 11
throw = 12
enum = 13
static = 14
constructor = 15
prototype = 16
print(function + var + let + new + delete + typeof + void + instanceof + switch + default + catch + throw + enum + static + constructor + prototype)
def new(delete, typeof=1, *, void=2):
    catch = delete + typeof + void
    return catch
print(new(3), new(delete=1, void=0))
class switch:
    default = 'd'
    def case(self, var):
        return var
print(switch().case('x'), switch.default, switch.__name__)
class constructor:
    prototype = 1
print(constructor().prototype, constructor.__name__)
