def stop():
    raise StopIteration

def run():
    stop()

run()
