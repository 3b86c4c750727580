def process(rec):
    try:
        return rec["id"]
    except KeyError:
        raise ValueError("no id")
def main():
    for r in [{"id": 1}, {}]:
        process(r)
main()
