#!/usr/bin/env python
import os
import sys

# Commands that only read the code (they never sign, hash or serve anything)
# run without a configured SECRET_KEY, so `makemigrations --check` and the
# translation commands work with nothing set up. Every other process refuses
# to start without one when DEBUG is off (elearning/settings.py).
CODE_ONLY_COMMANDS = {"makemigrations", "makemessages", "compilemessages"}

if __name__ == "__main__":
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "elearning.settings")
    if sys.argv[1:2] and sys.argv[1] in CODE_ONLY_COMMANDS:
        os.environ.setdefault("SECRET_KEY", "placeholder-for-commands-that-sign-nothing")
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)
