# A capture pattern before other cases: CPython refuses to compile the script at all.


def describe(code):
    match code:
        case 200:
            return "ok"
        case status:
            return f"status {status}"
        case 404:
            return "not found"


print(describe(200))
