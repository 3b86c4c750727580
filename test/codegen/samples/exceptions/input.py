def risky(v):
    if v < 0:
        raise ValueError("negative")
    return v

try:
    risky(-1)
except (ValueError, TypeError) as e:
    msg = str(e)
except Exception:
    raise
else:
    msg = 'ok'
finally:
    done = True

try:
    pass
finally:
    pass

try:
    risky(1)
except:
    raise RuntimeError('x') from None
