# A tiny command interpreter for a text adventure: match on split command lines.

inventory = []
location = "hall"
exits = {"hall": {"north": "library", "east": "kitchen"}, "library": {"south": "hall"}, "kitchen": {"west": "hall"}}
items_at = {"hall": ["lamp"], "library": ["book", "scroll"], "kitchen": ["knife"]}


def handle(line):
    global location
    match line.split():
        case []:
            return "say something"
        case ["look"]:
            things = ", ".join(items_at[location]) or "nothing"
            return f"You are in the {location}. You see: {things}"
        case ["go", direction] if direction in exits[location]:
            location = exits[location][direction]
            return f"You walk {direction} to the {location}."
        case ["go", direction]:
            return f"You can't go {direction} from the {location}."
        case ["take", item] if item in items_at[location]:
            items_at[location].remove(item)
            inventory.append(item)
            return f"Taken: {item}"
        case ["take", *many] if len(many) > 1:
            got = [m for m in many if m in items_at[location]]
            for m in got:
                items_at[location].remove(m)
                inventory.append(m)
            return f"Taken {len(got)} of {len(many)}: {got}"
        case ["take", item]:
            return f"There is no {item} here."
        case ["drop", ("lamp" | "book") as item] if item in inventory:
            inventory.remove(item)
            items_at[location].append(item)
            return f"Dropped the precious {item}."
        case ["inventory" | "inv" | "i"]:
            return f"You carry: {sorted(inventory)}"
        case ["quit" | "exit", *_]:
            return "bye"
        case [verb, *args]:
            return f"I don't know how to {verb!r} with {len(args)} argument(s)"


script = [
    "", "look", "take lamp", "take sofa", "go north", "look", "take book scroll pen",
    "inv", "go west", "go south", "drop lamp", "look", "dance wildly now", "quit now",
]
for cmd in script:
    print(f"> {cmd}")
    print(handle(cmd))
print("final:", location, inventory, items_at)
