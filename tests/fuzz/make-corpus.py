#!/usr/bin/env python3
"""Writes the seed corpus of tests/fuzz/corpus/: requests as the contract tests send them, and
answers of a real tokendesk-server (--demo, on a free loopback port) for the client parsers.

    tests/fuzz/make-corpus.py build/src/server/tokendesk-server

Run it again after an API change; reproducers saved by ./dev fuzz are kept (only seed-* files
are rewritten)."""
import json, os, socket, subprocess, sys, tempfile, time, urllib.request, urllib.error

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
SESSION = "tds_FuzzSessionOfThePaidUser000000014DlvFT"
SESSION_FREE = "tds_FuzzSessionOfTheFreeUser000000021uQbGX"
TOKEN = "tdk_FuzzTokenOfThePaidUserReadWrite30M1Rs6"
TEAM_TOKEN = "tdk_FuzzTeamTokenReadOnly000000000042lL8Vs"
EXPIRY = "2027-06-01T12:00:00Z"


def write(target, name, data):
    os.makedirs(os.path.join(CORPUS, target), exist_ok=True)
    if isinstance(data, str):
        data = data.encode()
    with open(os.path.join(CORPUS, target, "seed-" + name), "wb") as f:
        f.write(data)


def request(method, path, bearer=None, body=None):
    head = f"{method} {path} HTTP/1.1\r\nHost: 127.0.0.1:8686\r\n"
    if bearer:
        head += f"Authorization: Bearer {bearer}\r\n"
    if body is not None:
        head += f"Content-Type: application/json\r\nContent-Length: {len(body.encode())}\r\n"
    return head + "\r\n" + (body or "")


def requests():
    create = json.dumps({"name": "ci deploy", "scopes": ["read", "write"], "expires_at": EXPIRY})
    seeds = {
        "healthz": request("GET", "/healthz"),
        "login": request("POST", "/api/v1/session", None,
                         json.dumps({"username": "fuzz", "password": "fuzz-password"})),
        "login-wrong": request("POST", "/api/v1/session", None,
                               json.dumps({"username": "free", "password": "nope"})),
        "logout": request("DELETE", "/api/v1/session", SESSION_FREE),
        "me": request("GET", "/api/v1/me", SESSION),
        "teams": request("GET", "/api/v1/me/teams", SESSION),
        "policy": request("GET", "/api/v1/policy", SESSION),
        "openapi": request("GET", "/api/v1/openapi.json"),
        "list": request("GET", "/api/v1/me/tokens?page_size=1", SESSION),
        "list-page": request("GET", "/api/v1/me/tokens?page_size=1&page_token=MQ", SESSION),
        "create": request("POST", "/api/v1/me/tokens", SESSION, create),
        "create-free": request("POST", "/api/v1/me/tokens", SESSION_FREE, create),
        "create-bad": request("POST", "/api/v1/me/tokens", SESSION,
                              json.dumps({"name": "", "scopes": ["admin"], "expires_at": "soon"})),
        "rotate": request("POST", "/api/v1/me/tokens/tok_seed/rotate", SESSION, "{}"),
        "rotate-expiry": request("POST", "/api/v1/me/tokens/tok_seed/rotate", SESSION,
                                 json.dumps({"expires_at": EXPIRY})),
        "delete": request("DELETE", "/api/v1/me/tokens/tok_seed", SESSION),
        "team-list": request("GET", "/api/v1/teams/team_fuzz/tokens", SESSION),
        "team-create": request("POST", "/api/v1/teams/team_fuzz/tokens", SESSION, create),
        "team-create-member": request("POST", "/api/v1/teams/team_fuzz/tokens", SESSION_FREE, create),
        "team-rotate": request("POST", "/api/v1/teams/team_fuzz/tokens/tok_team/rotate", SESSION, ""),
        "team-delete": request("DELETE", "/api/v1/teams/team_fuzz/tokens/tok_team", SESSION),
        "introspect": request("GET", "/api/v1/token", TOKEN),
        "introspect-team": request("GET", "/api/v1/token", TEAM_TOKEN),
        "items": request("GET", "/api/v1/demo/items", TOKEN),
        "items-add": request("POST", "/api/v1/demo/items", TOKEN, json.dumps({"name": "first"})),
        "items-add-readonly": request("POST", "/api/v1/demo/items", TEAM_TOKEN,
                                      json.dumps({"name": "no"})),
        "wrong-method": request("PUT", "/api/v1/me/tokens", SESSION, "{}"),
        "unknown": request("GET", "/api/v2/nothing", SESSION),
        "bad-bearer": request("GET", "/api/v1/me", "tds_short"),
    }
    for name, data in seeds.items():
        write("request", name, data)
    write("jsonbody", "create", create)
    write("jsonbody", "empty", "")
    write("jsonbody", "array", "[1,2]")
    write("jsonbody", "nested", '{"a":{"b":[1,2.5,-3e9,null,true,"x\\u00e9"]}}')
    write("tokenrules", "create", create)
    write("tokenrules", "rotate", json.dumps({"expires_at": EXPIRY}))
    write("tokenrules", "bad", json.dumps({"name": " \u200b ", "scopes": ["read", "read", 3],
                                           "expires_at": "2026-13-01T00:00:00Z"}))
    write("tokenrules", "combining", json.dumps({"name": "caf\u0065\u0301", "scopes": ["write"],
                                                 "expires_at": "2027-01-01T00:00:00+02:00"}))
    for i, text in enumerate(["2026-11-23T10:15:00Z", "2026-11-23T10:15:00.123+05:30",
                              "1970-01-01T00:00:00Z", "9999-12-31T23:59:59-23:59",
                              "2026-02-29T00:00:00Z", "2026-11-23 10:15:00Z", "2026-11-23T10:15:60Z"]):
        write("rfc3339", str(i), text)
    for i, text in enumerate(["MQ", "MTAw", "LTE", "", "!!", "OTIyMzM3MjAzNjg1NDc3NTgwNw"]):
        write("pagetoken", str(i), text)
    for name, text in [("session", SESSION), ("token", TOKEN), ("team-token", TEAM_TOKEN),
                       ("mistyped", TOKEN[:-1] + "x"), ("short", "tdk_abc")]:
        write("tokenformat", name, text)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def call(base, method, path, bearer=None, body=None):
    req = urllib.request.Request(base + path, method=method,
                                 data=None if body is None else json.dumps(body).encode())
    if bearer:
        req.add_header("Authorization", "Bearer " + bearer)
    if body is not None:
        req.add_header("Content-Type", "application/json")
    try:
        with urllib.request.urlopen(req) as r:
            return r.status, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.read()


def answers(server):
    port = free_port()
    with tempfile.TemporaryDirectory() as tmp:
        proc = subprocess.Popen([server, "--listen", f"127.0.0.1:{port}", "--database",
                                 os.path.join(tmp, "db.sqlite"), "--demo",
                                 "--password-iterations", "1000"],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            base = f"http://127.0.0.1:{port}"
            for _ in range(100):
                try:
                    call(base, "GET", "/healthz")
                    break
                except OSError:
                    time.sleep(0.1)
            status, body = call(base, "POST", "/api/v1/session", None,
                                {"username": "alice", "password": "alice"})
            login = json.loads(body)
            session = login["session"]
            write("account", "alice", json.dumps(login["user"]))
            write("account", "me", call(base, "GET", "/api/v1/me", session)[1])
            write("policy", "default", call(base, "GET", "/api/v1/policy", session)[1])
            teams = json.loads(call(base, "GET", "/api/v1/me/teams", session)[1])
            for team in teams["teams"]:
                write("team", team["name"], json.dumps(team))
            created = []
            for i in range(3):
                status, body = call(base, "POST", "/api/v1/me/tokens", session,
                                    {"name": f"token {i}", "scopes": ["read"] if i else ["read", "write"],
                                     "expires_at": EXPIRY})
                created.append(json.loads(body))
            write("token", "created", json.dumps(created[0]["token"]))
            write("token", "team", json.dumps(json.loads(call(
                base, "POST", f"/api/v1/teams/{teams['teams'][0]['id']}/tokens", session,
                {"name": "team ci", "scopes": ["read"], "expires_at": EXPIRY})[1])["token"]))
            call(base, "GET", "/api/v1/token", created[1]["secret"])
            page = call(base, "GET", "/api/v1/me/tokens?page_size=2", session)[1]
            write("tokenpage", "first", page)
            token = json.loads(page)["next_page_token"]
            write("tokenpage", "last", call(base, "GET", f"/api/v1/me/tokens?page_size=2&page_token={token}", session)[1])
            write("token", "used", json.dumps(json.loads(page)["tokens"][1]))
            errors = [
                call(base, "POST", "/api/v1/me/tokens", session, {"name": "", "scopes": []}),
                call(base, "POST", "/api/v1/me/tokens", session,
                     {"name": "token 0", "scopes": ["read"], "expires_at": EXPIRY}),
                call(base, "GET", "/api/v1/me", "tds_nope"),
                call(base, "GET", "/api/v2/none", session),
                call(base, "DELETE", "/api/v1/policy", session),
            ]
            for i, (status, body) in enumerate(errors):
                # fuzz_apierror: two bytes of status (little endian, status - 100), then the body.
                code = status - 100
                write("apierror", str(i), bytes([code & 0xFF, code >> 8]) + body)
        finally:
            proc.terminate()
            proc.wait()


if __name__ == "__main__":
    requests()
    answers(sys.argv[1])
