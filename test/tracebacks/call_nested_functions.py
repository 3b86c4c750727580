def parse(text):
    return int(text)

def load(lines):
    return [parse(x) for x in lines]

def main():
    values = load(["1", "2", "x3"])
    print(sum(values))

main()
