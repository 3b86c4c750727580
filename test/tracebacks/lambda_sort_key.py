people = [{"name": "ann", "age": 31}, {"name": "bob"}]
people.sort(key=lambda p: p["age"])
