data = "a,b;c"
parts = [p.split(",")[1] for p in data.split(";")]
