# A tiny template renderer: {{ name }} placeholders, filters and loops expanded by hand.


def apply_filter(value, name):
    if name == "upper":
        return str(value).upper()
    if name == "title":
        return str(value).title()
    if name == "money":
        return f"${value:,.2f}"
    if name == "len":
        return len(value)
    raise ValueError(f"unknown filter {name!r}")


def lookup(context, dotted):
    value = context
    for part in dotted.split("."):
        value = value[part]
    return value


def render(template, context):
    out = []
    pos = 0
    while True:
        start = template.find("{{", pos)
        if start == -1:
            out.append(template[pos:])
            break
        end = template.find("}}", start)
        out.append(template[pos:start])
        expr = template[start + 2:end].strip()
        name, *filters = [p.strip() for p in expr.split("|")]
        value = lookup(context, name)
        for f in filters:
            value = apply_filter(value, f)
        out.append(str(value))
        pos = end + 2
    return "".join(out)


context = {
    "user": {"name": "grace hopper", "plan": "pro"},
    "balance": 1234.5,
    "items": ["compiler", "debugger", "nanosecond wire"],
}
print(render("Hello {{ user.name | title }}! Plan: {{user.plan|upper}}.", context))
print(render("Balance: {{ balance | money }} for {{ items | len }} items", context))
print(render("No placeholders here.", context))
for item in context["items"]:
    print(render("  - {{ item | upper }}", {"item": item}))
for bad in ["{{ user.email }}", "{{ balance | shout }}"]:
    try:
        render(bad, context)
    except KeyError as e:
        print("missing key:", e)
    except ValueError as e:
        print("bad filter:", e)
