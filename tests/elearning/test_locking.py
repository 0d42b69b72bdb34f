"""The one optimistic-locking scheme (elearning.locking): no other module
writes its own version-bumping UPDATE."""

import re

from tests.elearning.test_architecture import product_modules

BUMP = re.compile(r"""version\s*=\s*F\(\s*["']version["']\s*\)""")


def test_only_update_if_version_bumps_a_version():
    found = [
        f"{name}:{number}"
        for name, path in product_modules().items()
        if name != "elearning.locking"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if BUMP.search(line)
    ]
    assert found == []


def test_the_check_finds_a_bump_and_knows_the_modules():
    assert BUMP.search('.update(version=F("version") + 1, **values)')
    assert {"elearning.locking", "assignments.services.rules"} <= set(product_modules())
