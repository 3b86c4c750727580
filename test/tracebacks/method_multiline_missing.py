class Api:
    def fetch(self, path):
        return {"path": path}

api = Api()
print(api.fetch("/a"))
response = api.fetch_all(
    "/b",
    retries=3,
)
