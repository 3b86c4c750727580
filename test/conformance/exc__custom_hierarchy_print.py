# A domain exception hierarchy with overridden __str__ and __repr__, extra attributes, args
# handling, isinstance checks, and exceptions stored and re-raised later.
class DomainError(Exception):
    code = "E000"

    def __str__(self):
        base = super().__str__()
        return f"[{self.code}] {base}" if base else f"[{self.code}]"


class NotFound(DomainError):
    code = "E404"

    def __init__(self, kind, ident):
        super().__init__(f"{kind} {ident} not found")
        self.kind = kind
        self.ident = ident


class Conflict(DomainError):
    code = "E409"

    def __repr__(self):
        return f"Conflict<{', '.join(map(str, self.args))}>"


class Silent(DomainError):
    pass


errors = [NotFound("user", 42), Conflict("version", 3, 4), Silent(), DomainError("generic"), Conflict()]
for e in errors:
    print(f"{type(e).__name__:12} str={str(e)!r:36} repr={e!r} args={e.args}")

deferred = []
for ident in [1, 2, 3]:
    try:
        if ident == 2:
            raise NotFound("order", ident)
        if ident == 3:
            raise Conflict("order", ident)
        print("processed", ident)
    except DomainError as e:
        deferred.append(e)
print([e.code for e in deferred], [isinstance(e, NotFound) for e in deferred])
for e in deferred:
    try:
        raise e
    except NotFound as nf:
        print("not found:", nf.kind, nf.ident, nf is e)
    except DomainError as de:
        print("domain:", de)
print(str(NotFound("a", "b")), NotFound.code, DomainError.code, issubclass(Silent, Exception))
raise deferred[0]
