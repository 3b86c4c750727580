class Point:
    __match_args__ = ("x", "y")


def describe(p):
    match p:
        case None | True:
            return "singleton"
        case [x, 0, *rest]:
            return x
        case {"k": v, **others}:
            return v
        case Point(0, y=yy) | Point(yy, 1) if yy > 0:
            return yy
        case str() as s:
            return s
        case _:
            return "other"
