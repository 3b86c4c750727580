x = 3
y = None
z = (x) * (  y  )
