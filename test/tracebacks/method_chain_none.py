def load():
    return None

text = load()
parts = text.strip().split(",")
