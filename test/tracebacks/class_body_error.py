class Settings:
    debug = False
    level = 3
    label = "level-" + level

print(Settings.label)
