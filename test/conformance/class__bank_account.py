# A bank-account model with transactions, an overdraft rule and monthly statements.


class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner}: cannot withdraw {amount}, balance {account.balance}")
        self.shortfall = amount - account.balance


class Account:
    next_number = 1000

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.number = Account.next_number
        Account.next_number += 1
        self.history = []

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("deposit", amount, self.balance))

    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(("withdraw", amount, self.balance))

    def transfer(self, other, amount):
        self.withdraw(amount)
        other.deposit(amount)

    def statement(self):
        lines = [f"Account {self.number} ({self.owner})"]
        for kind, amount, after in self.history:
            lines.append(f"  {kind:<9}{amount:>8}{after:>10}")
        lines.append(f"  {'balance':<9}{self.balance:>18}")
        return "\n".join(lines)


class SavingsAccount(Account):
    def __init__(self, owner, balance=0, rate=0.02):
        super().__init__(owner, balance)
        self.rate = rate

    def add_interest(self):
        interest = int(self.balance * self.rate)
        self.deposit(interest)
        return interest


alice = Account("alice", 100)
bob = SavingsAccount("bob", 1000, rate=0.05)
alice.deposit(50)
bob.transfer(alice, 300)
print("interest:", bob.add_interest())
try:
    alice.transfer(bob, 10000)
except InsufficientFunds as e:
    print("refused:", e, "short by", e.shortfall)
for bad in (0, -5):
    try:
        alice.deposit(bad)
    except ValueError as e:
        print("refused:", e)
print(alice.statement())
print(bob.statement())
accounts = [alice, bob, Account("carol")]
print([(a.number, a.owner, a.balance) for a in sorted(accounts, key=lambda a: -a.balance)])
print("total held:", sum(a.balance for a in accounts))
print(isinstance(bob, Account), type(bob).__name__, bob.rate)
