from jinja2 import DictLoader, Environment

from hjalpguide.template_cache import SharedBytecodeCache


def test_second_environment_reuses_compiled_code_and_notices_changes():
    cache = SharedBytecodeCache()
    templates = {"page.html": "Hej {{ name }}"}
    first = Environment(loader=DictLoader(templates), bytecode_cache=cache)
    assert first.get_template("page.html").render(name="A") == "Hej A"
    assert len(cache._store) == 1
    second = Environment(loader=DictLoader(templates), bytecode_cache=cache)
    assert second.get_template("page.html").render(name="B") == "Hej B"
    templates["page.html"] = "Hallå {{ name }}"
    third = Environment(loader=DictLoader(templates), bytecode_cache=cache)
    assert third.get_template("page.html").render(name="C") == "Hallå C"
