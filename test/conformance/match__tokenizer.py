# A tokenizer + tiny parser for "key=value; key2=[1,2]" strings, dispatching on token shapes.


def tokenize(text):
    tokens, i = [], 0
    while i < len(text):
        ch = text[i]
        match ch:
            case " " | "\t":
                i += 1
            case "=" | ";" | "[" | "]" | ",":
                tokens.append(("op", ch))
                i += 1
            case _ if ch.isdigit():
                j = i
                while j < len(text) and text[j].isdigit():
                    j += 1
                tokens.append(("num", int(text[i:j])))
                i = j
            case _ if ch.isalpha() or ch == "_":
                j = i
                while j < len(text) and (text[j].isalnum() or text[j] == "_"):
                    j += 1
                tokens.append(("name", text[i:j]))
                i = j
            case _:
                raise SyntaxError(f"unexpected character {ch!r} at {i}")
    return tokens


def parse(tokens):
    out = {}
    while tokens:
        match tokens:
            case [("name", key), ("op", "="), ("num", n), *rest]:
                out[key], tokens = n, rest
            case [("name", key), ("op", "="), ("name", v), *rest]:
                out[key], tokens = v, rest
            case [("name", key), ("op", "="), ("op", "["), *rest]:
                items = []
                while True:
                    match rest:
                        case [("num", n), ("op", ","), *rest]:
                            items.append(n)
                        case [("num", n), ("op", "]"), *rest]:
                            items.append(n)
                            break
                        case [("op", "]"), *rest]:
                            break
                        case _:
                            raise ValueError(f"bad list for {key}")
                out[key], tokens = items, rest
            case [("op", ";"), *rest]:
                tokens = rest
            case [tok, *_]:
                raise ValueError(f"unexpected token {tok}")
    return out


for src in ["a=1; b=hello", "xs=[1, 2,3]; empty=[]; n_2 = 42", "k=[4]", "bad=[1 2]", "oops=;", "w=#"]:
    try:
        print(f"{src!r:>28} -> {parse(tokenize(src))}")
    except (ValueError, SyntaxError) as e:
        print(f"{src!r:>28} !! {type(e).__name__}: {e}")
