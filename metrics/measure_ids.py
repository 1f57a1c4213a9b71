"""How measure ids and names in national files are compared with the registry's.

One ASCOF id has several spellings: the handbooks write 2A(1) and '3D part 1a', the CSV files 2A1 and 1C1A, the
2014-15 file 2A(1)_1415, other files 'ASCOF 2A (1)'; all reduce to one key. Names are compared ignoring case,
spaces and punctuation.
"""
import re

YEAR_SUFFIX = re.compile(r"_\d{4}$")  # 2A(1)_1415: the 2014-15 file's group names carry the year


def name_key(text):
    """'People with as much social contact as they want (%)' and 'people with as much social-contact...' alike."""
    return " ".join(re.sub(r"[^a-z0-9]+", " ", str(text).lower()).split())


def id_key(text):
    """'ASCOF 2C(1)', '2c1', '2C (1)' and '2C(1)_1415' all become '2C1'; '3D part 1a' becomes '3D1A'."""
    text = re.sub(r"^\s*ascof\s*", "", str(text).strip(), flags=re.IGNORECASE)
    text = YEAR_SUFFIX.sub("", text)
    text = re.sub(r"part", "", text, flags=re.IGNORECASE)
    return re.sub(r"[^A-Za-z0-9]+", "", text).upper()


def definition_names(definition):
    """The names a file may give a definition: its code, title and aliases."""
    return [definition["code"], definition["title"], *definition.get("aliases", [])]


def clashes(definitions):
    """Sentences naming every id or name that two definitions share (the importer could not tell them apart).
    Current ids, earlier ids and names are separate: 2D may be one measure's current id and another's old one."""
    problems = []
    kinds = [
        ("ASCOF id", lambda d: [d["ascof_id"]] if d.get("ascof_id") else [], id_key),
        ("earlier ASCOF id", lambda d: d.get("older_ids", []), id_key),
        ("name", definition_names, name_key),
    ]
    for label, values, key in kinds:
        seen = {}
        for definition in definitions:
            for value in values(definition):
                owner = seen.setdefault(key(value), definition["code"])
                if owner != definition["code"]:
                    problems.append(f"{definition['code']}: {label} '{value}' is also {owner}'s")
    return problems
