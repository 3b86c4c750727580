# Argument binding errors, word for word: missing, too many, keywords, positional-only, methods.
def create_user(name, email, /, role="user", *, active=True, tags=()):
    return f"{name}<{email}> {role} active={active} tags={list(tags)}"


def report(title, *rows, sep=" | ", **meta):
    return f"{title}: " + sep.join(map(str, rows)) + (f" {meta}" if meta else "")


class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance

    def deposit(self, amount):
        self.balance += amount
        return self.balance

    @classmethod
    def open(cls, owner, *, initial):
        return cls(owner, initial)

    @staticmethod
    def fee(amount, rate):
        return round(amount * rate, 2)


print(create_user("ann", "a@x", "admin", active=False, tags=("x",)))
print(report("totals", 1, 2, 3, sep=",", unit="kg"))
print(Account.open("bo", initial=5).deposit(10), Account.fee(100, 0.015))

calls = [
    lambda: create_user("ann"),
    lambda: create_user(),
    lambda: create_user("a", "b", "c", "d"),
    lambda: create_user(name="a", email="b"),
    lambda: create_user("a", "b", role="x", colour="red"),
    lambda: create_user("a", "b", "r", role="x"),
    lambda: report(),
    lambda: report("t", sep=1, sep2=2, title="again"),
    lambda: Account(),
    lambda: Account("a", 1, 2),
    lambda: Account("a").deposit(),
    lambda: Account("a").deposit(1, 2),
    lambda: Account.open("x"),
    lambda: Account.open("x", 5),
    lambda: Account.fee(1),
    lambda: Account.deposit(5),
    lambda: create_user(*["a"], **{"email": "b"}),
    lambda: report(*5),
    lambda: report("t", **[("a", 1)]),
    lambda: report("t", **{"sep": "-"}, sep="+"),
    lambda: (lambda a, b=2, *, c: a)(),
    lambda: (lambda: 0)(1),
]
for i, call in enumerate(calls):
    try:
        print(i, "ok", call())
    except TypeError as e:
        print(i, e)


def three(a, b, c, d=4, *, e, f):
    pass


three(1)
