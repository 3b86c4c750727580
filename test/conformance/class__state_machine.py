# An order workflow as a state machine: allowed transitions, guards, history and refusals.


class TransitionError(Exception):
    def __init__(self, order, action):
        super().__init__(f"order {order.id}: cannot {action} when {order.state}")
        self.action = action


class Order:
    TRANSITIONS = {
        "new": {"pay": "paid", "cancel": "cancelled"},
        "paid": {"ship": "shipped", "refund": "refunded"},
        "shipped": {"deliver": "delivered", "lose": "lost"},
        "lost": {"refund": "refunded"},
        "delivered": {},
        "cancelled": {},
        "refunded": {},
    }

    def __init__(self, id, amount):
        self.id = id
        self.amount = amount
        self.state = "new"
        self.history = ["new"]

    def apply(self, action):
        options = self.TRANSITIONS[self.state]
        if action not in options:
            raise TransitionError(self, action)
        if action == "refund" and self.amount > 500 and self.state != "lost":
            raise TransitionError(self, "refund large order")
        self.state = options[action]
        self.history.append(self.state)
        return self

    @property
    def is_final(self):
        return not self.TRANSITIONS[self.state]

    def __repr__(self):
        return f"Order({self.id}, {self.state})"


scripts = {
    1: ["pay", "ship", "deliver"],
    2: ["pay", "refund"],
    3: ["ship"],
    4: ["pay", "ship", "lose", "refund"],
    5: ["cancel", "pay"],
    6: ["pay", "refund"],
}
amounts = {1: 20, 2: 80, 3: 15, 4: 900, 5: 10, 6: 750}
orders = []
for oid, actions in scripts.items():
    order = Order(oid, amounts[oid])
    orders.append(order)
    for action in actions:
        try:
            order.apply(action)
        except TransitionError as e:
            print("refused:", e)
            break
    print(order, "->".join(order.history), "final" if order.is_final else "open")

by_state = {}
for o in orders:
    by_state.setdefault(o.state, []).append(o.id)
print(by_state)
print("open value:", sum(o.amount for o in orders if not o.is_final))
print(sorted(Order.TRANSITIONS, key=lambda s: (-len(Order.TRANSITIONS[s]), s)))
