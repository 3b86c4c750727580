try:
  pass
except:
  pass
# ---
try:
  pass
except E:
  pass
# ---
try:
  pass
except E as e:
  pass
# ---
try:
  pass
except (A, B) as e:
  pass
# ---
try:
  pass
except A:
  pass
except B:
  pass
except:
  pass
# ---
try:
  pass
finally:
  pass
# ---
try:
  pass
except E:
  pass
else:
  pass
# ---
try:
  pass
except E:
  pass
else:
  pass
finally:
  pass
# ---
try:
  pass
except E:
  pass
finally:
  pass
# ---
try:
  pass
except* E:
  pass
# ---
try:
  pass
except* E as e:
  pass
# ---
try:
  pass
except* (A, B):
  pass
except* C:
  pass
# ---
try:
  pass
except* E:
  pass
else:
  pass
finally:
  pass
# ---
try: pass
except: pass
# ---
try: x
except E as e: y
else: z
finally: w
# ---
try:
  a
  b
except E:
  c
  d
# ---
try:
  pass
except E.F:
  pass
# ---
try:
  pass
except f() as e:
  pass
# ---
try:
  pass
except A or B:
  pass
