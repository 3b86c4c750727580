def fail(): raise RuntimeError("always")
fail()
