"""Entry point of the bundled application (PyInstaller): the same as the ``retrofit`` console
script. ``freeze_support`` lets worker processes (started with ``spawn``) run in the bundle."""
import multiprocessing
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()
    from ui.launcher import main

    sys.exit(main())
