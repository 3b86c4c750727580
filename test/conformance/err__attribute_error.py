# A class-based report where one code path calls a method that does not exist (AttributeError).


class Employee:
    def __init__(self, name, hours, rate):
        self.name = name
        self.hours = hours
        self.rate = rate

    def pay(self):
        overtime = max(0, self.hours - 40)
        return (self.hours - overtime) * self.rate + overtime * self.rate * 1.5

    def __repr__(self):
        return f"Employee({self.name!r})"


staff = [Employee("ada", 38, 50), Employee("bo", 45, 40), Employee("cy", 40, 62.5)]
for e in staff:
    print(f"{e.name:<5}{e.hours:>4}h {e.pay():>9.2f}")

payroll = sum(e.pay() for e in staff)
print(f"payroll {payroll:.2f}")
top = max(staff, key=lambda e: e.pay())
print("top earner:", top)
print("bonus for", top.name, "is", top.bonus())
