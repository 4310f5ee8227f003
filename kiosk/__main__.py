"""Allow ``python -m kiosk`` to behave exactly like the ``photobooth-kiosk`` script."""

from kiosk.cli import main

raise SystemExit(main())
