"""`python -m casearchive`."""

import sys

from casearchive.cli import main

sys.exit(main())
