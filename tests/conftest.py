"""Settings for the whole test suite. Area fixtures live in each tests/<area>/conftest.py."""
import os
import tempfile

# Qt without a display, and never the user's own data folder or language.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["RETROFIT_HOME"] = tempfile.mkdtemp(prefix="retrofit-test-home-")
os.environ.pop("RETROFIT_DB", None)
os.environ.pop("RETROFIT_LANG", None)

from hypothesis import settings  # noqa: E402

settings.register_profile("default", deadline=None, max_examples=60)
settings.load_profile("default")
