#!/usr/bin/env python3
"""The server's layers, checked on its sources.

Each folder of src/server is a layer and may include its own headers and those of the layers
below it, never one above: cli -> http -> api -> tokens -> auth -> storage -> core. Only storage
includes a database library's headers and only http the HTTP engine's, whichever way they are
spelled (<QSqlQuery>, <QtSql/QSqlQuery>, <sqlite3.h>, <libpq-fe.h>, <QHttpServer…>,
<microhttpd.h>).
CMake enforces the same for the project's own headers (tests/CMakeLists.txt, the probes); this
also sees the system headers that every target could reach.

Usage: check-server-layers.py SERVER_DIR [CORE_DIR]   exit 1 and a line per wrong include
       check-server-layers.py --self-test SERVER_DIR   proves a wrong include is caught
"""
import pathlib
import re
import shutil
import sys
import tempfile

ORDER = ["storage", "auth", "tokens", "api", "http", "cli"]  # lowest first
LIBRARY_HEADERS = {
    "storage": re.compile(r"^(QtSql/|QSql|sqlite3\.h|libpq-fe\.h|libpq/)"),
    "http": re.compile(
        r"^(QtHttpServer/|QHttpServer|QAbstractHttpServer|QTcpServer|QSslServer|microhttpd\.h)"),
}
INCLUDE = re.compile(r'^\s*#\s*include\s*([<"])([^>"]+)[>"]', re.M)


def layer_of(path, server):
    rel = path.relative_to(server)
    return rel.parts[0] if len(rel.parts) > 1 and rel.parts[0] in ORDER else None


def check(server, core=None):
    server = pathlib.Path(server)
    owner = {}
    for path in server.rglob("*.h"):
        layer = layer_of(path, server)
        if layer:
            owner[path.name] = layer
    core_headers = {p.name for p in pathlib.Path(core).glob("*.h")} if core else set()
    problems = []
    for path in sorted(server.rglob("*")):
        if path.suffix not in (".h", ".cpp") or not layer_of(path, server):
            continue
        layer = layer_of(path, server)
        allowed = set(ORDER[: ORDER.index(layer) + 1])
        for quote, name in INCLUDE.findall(path.read_text(encoding="utf-8")):
            base = name.rsplit("/", 1)[-1]
            if quote == '"':
                target = owner.get(base)
                if target and target not in allowed:
                    problems.append(f"{path.relative_to(server)}: {layer} includes {name} "
                                    f"({target} is above {layer})")
                elif not target and base not in core_headers and core:
                    problems.append(f"{path.relative_to(server)}: includes {name}, which is "
                                    "in no server layer nor core")
            for lib_layer, pattern in LIBRARY_HEADERS.items():
                if pattern.match(name) and layer != lib_layer:
                    problems.append(f"{path.relative_to(server)}: {layer} includes <{name}>, "
                                    f"which only {lib_layer} may use")
    return problems


def self_test(server):
    # A copy of the real tree with one wrong include of each kind must fail, and without them pass.
    with tempfile.TemporaryDirectory() as tmp:
        copy = pathlib.Path(tmp) / "server"
        shutil.copytree(server, copy)
        if check(copy):
            print("self-test: the unmodified copy already fails")
            return 1
        cases = [("storage", '#include "TokenLifecycle.h"\n'),
                 ("auth", '#include "ApiResponse.h"\n'),
                 ("api", '#include "Router.h"\n'),
                 ("tokens", "#include <QtSql/QSqlQuery>\n"),
                 ("api", "#include <QHttpServerRequest>\n"),
                 ("tokens", "#include <microhttpd.h>\n")]
        for layer, line in cases:
            victim = next((copy / layer).glob("*.cpp"))
            original = victim.read_text(encoding="utf-8")
            victim.write_text(line + original, encoding="utf-8")
            found = check(copy)
            victim.write_text(original, encoding="utf-8")
            if not found:
                print(f"self-test: {line.strip()} in {layer} was not caught")
                return 1
            print(f"self-test: caught {found[0]}")
    return 0


def main(argv):
    if len(argv) >= 3 and argv[1] == "--self-test":
        return self_test(pathlib.Path(argv[2]))
    if len(argv) < 2:
        print(__doc__)
        return 2
    problems = check(argv[1], argv[2] if len(argv) > 2 else None)
    for problem in problems:
        print(problem)
    print(f"{len(problems)} wrong includes in the server's layers")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
