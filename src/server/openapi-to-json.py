#!/usr/bin/env python3
"""Converts docs/openapi.yaml to the JSON document the server serves (and tests compare against).

usage: openapi-to-json.py INPUT.yaml OUTPUT.json
"""
import json
import sys

import yaml


def main() -> int:
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    with open(sys.argv[1], encoding="utf-8") as source:
        document = yaml.safe_load(source)
    # default=str: a date YAML reads as a date object is served as the text it was written as.
    text = json.dumps(document, ensure_ascii=False, separators=(",", ":"), default=str)
    with open(sys.argv[2], "w", encoding="utf-8") as target:
        target.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
