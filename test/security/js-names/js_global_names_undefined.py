# expect: ok
# JavaScript globals are not Python names: each is a NameError (printed, so the message is checked
# without tripping the suite's JS-wording scan on the traceback).
def probe(read):
    try:
        read()
    except NameError as e:
        print(str(e).split('.')[0])
probe(lambda: globalThis)
probe(lambda: undefined)
probe(lambda: this)
probe(lambda: Object)
probe(lambda: Reflect)
probe(lambda: Proxy)
probe(lambda: process)
probe(lambda: require)
probe(lambda: Function)
probe(lambda: constructor)
def f(a, b):
    return arguments
probe(lambda: f(1, 2))
