# expect: error LimitSignal: memory
# A script class named like the runtime's signal is just a Python exception.
class LimitSignal(BaseException):
    limit = "memory"
try:
    raise LimitSignal("ops")
except LimitSignal as e:
    print("caught", e)
raise LimitSignal("memory")
