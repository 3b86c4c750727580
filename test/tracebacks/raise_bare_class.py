class ConfigError(Exception):
    pass

def load():
    raise ConfigError

load()
