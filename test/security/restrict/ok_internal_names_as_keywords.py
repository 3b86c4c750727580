# expect: ok
# Keyword arguments and dict keys named like internals.
def f(f_back=None, gi_frame=None):
    return {"tb_frame": f_back, "gi_frame": gi_frame}
print(f(f_back=1, gi_frame=2))
