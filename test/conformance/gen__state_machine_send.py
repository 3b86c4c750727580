# A parser written as a generator state machine: send() feeds tokens, yield reports states,
# return delivers the result via StopIteration.value, and errors are thrown in.
def key_value_parser():
    result = {}
    key = None
    state = "key"
    while True:
        token = yield state
        if token is None:
            if state == "value":
                raise ValueError(f"key {key!r} has no value")
            return result
        if state == "key":
            if not token.isidentifier():
                raise ValueError(f"bad key {token!r}")
            key, state = token, "eq"
        elif state == "eq":
            if token != "=":
                raise ValueError(f"expected '=', got {token!r}")
            state = "value"
        else:
            result[key] = int(token) if token.isdigit() else token
            state = "key"


def run(tokens):
    parser = key_value_parser()
    states = [next(parser)]
    try:
        for tok in tokens + [None]:
            states.append(parser.send(tok))
    except StopIteration as done:
        return done.value, states
    except ValueError as e:
        return f"error: {e}", states


print(run("a = 1 b = two".split()))
print(run("x = 3 y =".split()))
print(run("1a = 2".split()))
print(run("k : v".split()))
print(run([]))

p = key_value_parser()
next(p)
p.send("name")
try:
    p.throw(KeyboardInterrupt("stop"))
except KeyboardInterrupt as e:
    print("interrupted:", repr(e), isinstance(e, Exception), isinstance(e, BaseException))
print(next(p, "parser finished"))


def averages():
    count, total = 0, 0
    avg = None
    while True:
        value = yield avg
        count += 1
        total += value
        avg = round(total / count, 2)


a = averages()
a.send(None)
print([a.send(v) for v in [3, 4, 8, 1]])
