# expect: ok
# obj.format on a script object is not str.format.
class Template:
    def format(self, spec):
        return spec.upper()
print(Template().format("{0.__globals__}"))
