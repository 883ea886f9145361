import sys

from hjalpguide.handouts.cli import main

sys.exit(main())
