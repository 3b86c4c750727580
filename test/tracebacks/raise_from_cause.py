def parse_port(text):
    try:
        return int(text)
    except ValueError as exc:
        raise RuntimeError(f"bad port {text!r}") from exc

parse_port("http")
