"""The dependency direction, core <- cqc <- metrics <- improvement_plan <- ascdash, is never reversed: no module,
template or URL reference of a lower layer names an upper layer; figures are read only through the one reader;
workbooks are written only through core.xlsx."""
import ast
import re
from pathlib import Path

from django.urls import URLPattern, URLResolver, get_resolver

ROOT = Path(__file__).resolve().parents[1]
LAYERS = ["core", "cqc", "metrics", "improvement_plan", "ascdash"]
RANK = {layer: rank for rank, layer in enumerate(LAYERS)}
URL_NAME = re.compile(r"""(?:reverse|reverse_lazy|redirect)\(\s*["']([\w:-]+)["']""")
TEMPLATE_URL = re.compile(r"""{%\s*url\s+["']([\w:-]+)["']""")


def python_files(layer):
    return [path for path in (ROOT / layer).rglob("*.py") if "migrations" not in path.parts]


def templates(layer):
    """A layer's templates; the shared ones at the top of templates/ (base, includes, errors) are the project's."""
    folder = ROOT / "templates" / layer
    if layer == "ascdash":
        return [p for p in (ROOT / "templates").rglob("*.html") if p.relative_to(ROOT / "templates").parts[0]
                not in LAYERS[:-1]]
    return list(folder.rglob("*.html"))


def imported_layers(path):
    tree = ast.parse(path.read_text())
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module]
        else:
            continue
        for name in names:
            if name.split(".")[0] in RANK:
                yield node.lineno, name.split(".")[0]


def url_layers():
    """{URL name: the layer whose view it is} for every named URL (Django's own, e.g. admin, are left out)."""
    found = {}

    def walk(patterns, namespace):
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                walk(pattern.url_patterns, f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace)
            elif isinstance(pattern, URLPattern) and pattern.name:
                layer = pattern.callback.__module__.split(".")[0]
                if layer in RANK:
                    found[namespace + pattern.name] = layer
    walk(get_resolver().url_patterns, "")
    return found


def test_no_layer_imports_an_upper_layer():
    wrong = [
        f"{path.relative_to(ROOT)}:{line} imports {upper}"
        for layer in LAYERS for path in python_files(layer)
        for line, upper in imported_layers(path) if RANK[upper] > RANK[layer]
    ]
    assert wrong == []


def test_no_layer_names_an_upper_layers_urls():
    owners = url_layers()
    assert owners["home"] == "ascdash" and owners["cqc:index"] == "cqc"  # the map is real
    wrong = []
    for layer in LAYERS:
        sources = [(path, URL_NAME) for path in python_files(layer)] + [(path, TEMPLATE_URL) for path in templates(layer)]
        for path, pattern in sources:
            for name in pattern.findall(path.read_text()):
                owner = owners.get(name)
                if owner and RANK[owner] > RANK[layer]:
                    wrong.append(f"{path.relative_to(ROOT)} names {name} ({owner})")
    assert wrong == []


def test_permissions_are_named_through_core_only():
    wrong = [
        str(path.relative_to(ROOT)) for layer in LAYERS[1:-1]
        for path in [*python_files(layer), *templates(layer)]
        if re.search(r"""["']ascdash\.\w+["']|perms\.ascdash""", path.read_text())
    ]
    assert wrong == []


def test_figures_are_read_only_through_the_figure_reader():
    """IndicatorValue rows are queried by the one reader (metrics.selectors.figures) and written by services
    (recalculation, benchmark imports) and the return families' calculators."""
    readers = {ROOT / "metrics/selectors/figures.py"}
    wrong = [
        str(path.relative_to(ROOT)) for layer in LAYERS for path in python_files(layer)
        if "IndicatorValue.objects" in path.read_text() and path not in readers
        and not {"services", "families"} & set(path.relative_to(ROOT).parts)
    ]
    assert wrong == []


def test_workbooks_are_written_only_through_core_xlsx():
    """Demo and bench code writes input files for the demo council and the bench, not exports; they are left out."""
    wrong = [
        str(path.relative_to(ROOT)) for layer in LAYERS for path in python_files(layer)
        if re.search(r"\bWorkbook\(|DataValidation\(", path.read_text()) and path != ROOT / "core/xlsx.py"
        and not re.search(r"demo|bench", str(path.relative_to(ROOT)))
    ]
    assert wrong == []
