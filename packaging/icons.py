"""Make the application icon in the sizes the desktops ask for, from resources/icons/retrofit.png:
PNGs for the freedesktop icon theme (Linux) and a multi-size .ico (Windows).

    python packaging/icons.py png OUT_DIR     # OUT_DIR/<n>x<n>/apps/retrofit-planner.png
    python packaging/icons.py ico FILE        # FILE.ico with 16-256 px images

Uses Pillow (installed with ReportLab).
"""
from __future__ import annotations

import sys
from pathlib import Path

from PIL import Image

SOURCE = Path(__file__).resolve().parent.parent / "resources" / "icons" / "retrofit.png"
SIZES = (16, 24, 32, 48, 64, 128, 256)
NAME = "retrofit-planner"


def _scaled(image: Image.Image, size: int) -> Image.Image:
    return image.resize((size, size), Image.Resampling.LANCZOS)


def write_pngs(out: Path) -> list[Path]:
    image = Image.open(SOURCE).convert("RGBA")
    written = []
    for size in SIZES:
        path = out / f"{size}x{size}" / "apps" / f"{NAME}.png"
        path.parent.mkdir(parents=True, exist_ok=True)
        _scaled(image, size).save(path, optimize=True)
        written.append(path)
    return written


def write_ico(path: Path) -> Path:
    image = _scaled(Image.open(SOURCE).convert("RGBA"), 256)
    path.parent.mkdir(parents=True, exist_ok=True)
    image.save(path, sizes=[(s, s) for s in SIZES])
    return path


if __name__ == "__main__":
    kind, target = sys.argv[1], Path(sys.argv[2])
    if kind == "png":
        for p in write_pngs(target):
            print(p)
    elif kind == "ico":
        print(write_ico(target))
    else:
        sys.exit(f"unknown kind: {kind} (png or ico)")
