v = "text"
print(-v)
