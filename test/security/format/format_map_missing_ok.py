# expect: ok
class Defaults(dict):
    def __missing__(self, key):
        return key.upper()
print('{a} {constructor} {toString}'.format_map(Defaults(a=1)))
