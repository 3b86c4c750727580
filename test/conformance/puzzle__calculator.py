# A recursive-descent calculator: tokenizer + parser + evaluator with precedence and errors.


def tokenize(src):
    tokens = []
    i = 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            text = src[i:j]
            tokens.append(float(text) if "." in text else int(text))
            i = j
        elif ch in "+-*/%^()":
            tokens.append(ch)
            i += 1
        else:
            raise ValueError(f"bad character {ch!r}")
    return tokens


class Parser:
    def __init__(self, tokens):
        self.tokens = tokens
        self.pos = 0

    def peek(self):
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def take(self):
        tok = self.peek()
        self.pos += 1
        return tok

    def expr(self):
        value = self.term()
        while self.peek() in ("+", "-"):
            op = self.take()
            rhs = self.term()
            value = value + rhs if op == "+" else value - rhs
        return value

    def term(self):
        value = self.factor()
        while self.peek() in ("*", "/", "%"):
            op = self.take()
            rhs = self.factor()
            if op == "*":
                value *= rhs
            elif op == "/":
                value /= rhs
            else:
                value %= rhs
        return value

    def factor(self):
        base = self.unary()
        if self.peek() == "^":
            self.take()
            return base ** self.factor()
        return base

    def unary(self):
        tok = self.take()
        if tok == "-":
            return -self.unary()
        if tok == "(":
            value = self.expr()
            if self.take() != ")":
                raise ValueError("expected )")
            return value
        if isinstance(tok, (int, float)):
            return tok
        raise ValueError(f"unexpected {tok!r}")


def calc(src):
    p = Parser(tokenize(src))
    value = p.expr()
    if p.peek() is not None:
        raise ValueError(f"trailing {p.peek()!r}")
    return value


for src in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-2 ^ 2", "10 / 4", "7 % 3 + 0.5",
            "2 ^ 100", "((4))", "1 +", "3 $ 4", "(1 + 2", "1 2", "8 / (3 - 3)"]:
    try:
        print(f"{src:<12} = {calc(src)}")
    except ValueError as e:
        print(f"{src:<12} ! {e}")
    except ZeroDivisionError as e:
        print(f"{src:<12} ! ZeroDivisionError: {e}")
