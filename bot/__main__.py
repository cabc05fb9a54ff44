"""`python -m bot` is the same command line as `skp-bot`."""

import sys

from bot.app import main

sys.exit(main())
