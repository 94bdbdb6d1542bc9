"""Where the program keeps its files on this computer."""
from __future__ import annotations

import os
from pathlib import Path

APP_DIR_NAME = "RetrofitPlanner"
#: The commands' database when none is named, in :func:`data_dir`.
DB_FILENAME = "retrofit.sqlite"
#: The demo city the desktop app opens on its first start, in :func:`data_dir`.
DEMO_FILENAME = "demo-city.sqlite"


def data_dir() -> Path:
    """The user's data folder, created when missing: the default database ``retrofit.sqlite``, the
    desktop app's demo city ``demo-city.sqlite``, its log ``retrofit.log`` and preferences ``ui.ini``.

    ``RETROFIT_HOME`` overrides it; otherwise it is the platform's user data folder
    (``~/.local/share/RetrofitPlanner`` on Linux, ``%LOCALAPPDATA%\\RetrofitPlanner`` on Windows).
    """
    home = os.environ.get("RETROFIT_HOME")
    if home:
        folder = Path(home)
    else:
        from platformdirs import user_data_dir  # lazy: only where no data folder is set

        folder = Path(user_data_dir(APP_DIR_NAME, appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    return folder
