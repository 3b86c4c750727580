# A bank ledger: properties with validation, classmethod constructors, class-level counters,
# __str__/__repr__/__format__, ordering, and custom exceptions from setters.
class InsufficientFunds(Exception):
    def __init__(self, account, needed):
        super().__init__(f"{account.owner} needs {needed:.2f} more")
        self.needed = needed


class Account:
    _next_id = 1
    interest = 0.01

    def __init__(self, owner, balance=0.0):
        self.id = Account._next_id
        Account._next_id += 1
        self.owner = owner
        self._balance = 0.0
        self.balance = balance
        self.history = []

    @classmethod
    def from_csv(cls, line):
        owner, amount = line.split(",")
        return cls(owner.strip(), float(amount))

    @property
    def balance(self):
        return self._balance

    @balance.setter
    def balance(self, value):
        if value < 0:
            raise ValueError(f"negative balance for {self.owner}: {value}")
        self._balance = round(value, 2)

    @balance.deleter
    def balance(self):
        print(f"  closing {self.owner}")
        self._balance = 0.0

    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(self, amount - self.balance)
        self.balance -= amount
        self.history.append(-amount)

    def __repr__(self):
        return f"Account({self.owner!r}, {self.balance!r})"

    def __str__(self):
        return f"#{self.id} {self.owner}: {self.balance:,.2f}"

    def __format__(self, spec):
        if spec == "short":
            return f"{self.owner[:3]}={self.balance:.0f}"
        return format(str(self), spec)

    def __lt__(self, other):
        return self.balance < other.balance


class Savings(Account):
    interest = 0.03

    def add_interest(self):
        self.balance = self.balance * (1 + self.interest)
        return self


accounts = [Account("alice", 120.5), Savings.from_csv("bob, 1500"), Account.from_csv("carol,40")]
for acct in accounts:
    print(acct, "|", repr(acct), "|", f"{acct:short}", "|", f"[{acct:>22}]")
print(sorted(accounts), max(accounts).owner, min(accounts, key=lambda a: a.owner).owner)
print(accounts[1].add_interest(), Savings.interest, Account.interest, accounts[1].interest)
accounts[0].withdraw(20.25)
print(accounts[0].balance, accounts[0].history)
try:
    accounts[2].withdraw(100)
except InsufficientFunds as e:
    print("denied:", e, round(e.needed, 2))
try:
    accounts[2].balance = -5
except ValueError as e:
    print("rejected:", e)
del accounts[2].balance
print(accounts[2], Account._next_id, isinstance(accounts[1], Account), type(accounts[1]).__name__)
print(Account.balance.__doc__, hasattr(Account, "balance"), hasattr(accounts[0], "_balance"))
accounts[0].withdraw(500)
