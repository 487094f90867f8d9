"""Make the dev install visible to static checkers: a ``.pth`` naming the source roots.

``pip install -e .`` of this layout (three mapped folders, see setup.py) installs an import
hook (``__editable___*_finder.py``) that Python follows but mypy, pyright and IDEs do not: from
outside the tree they report ``import-not-found``. A ``.pth`` file of plain directories is
what they read (as for a ``src`` layout), so this writes one beside the hook, listing the
folders setup.py maps (``generated``, ``overrides``, ``mocks``). Run by ``make setup``.
"""

from __future__ import annotations

import sysconfig
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NAME = "mediaapis-dev-paths.pth"


def roots() -> list[Path]:
    """The folders setup.py maps packages from, read from its ``ROOTS``."""
    for line in (ROOT / "setup.py").read_text(encoding="utf-8").splitlines():
        if line.startswith("ROOTS = "):
            names = [part.strip(" \"'") for part in line.split("=", 1)[1].strip(" ()").split(",")]
            return [ROOT / name for name in names if name]
    raise SystemExit("setup.py defines no ROOTS")


def main() -> None:
    folders = roots()
    missing = [str(folder) for folder in folders if not folder.is_dir()]
    if missing:
        raise SystemExit(f"source roots missing: {missing}")
    target = Path(sysconfig.get_paths()["purelib"]) / NAME
    target.write_text("".join(f"{folder}\n" for folder in folders), encoding="utf-8")
    print(f"wrote {target}")


if __name__ == "__main__":
    main()
