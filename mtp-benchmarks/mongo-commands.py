#!/usr/bin/env python3
"""MongoDB commands and HTTP requests per service, from each service's /actuator/prometheus (as admin).

  mtp-benchmarks/mongo-commands.py scrape before.json     # before a load run against ./mtp-local.sh
  mtp-benchmarks/mongo-commands.py scrape after.json      # after it
  mtp-benchmarks/mongo-commands.py diff before.json after.json [N]
      per service: HTTP requests, MongoDB commands and the driver's waiting time (ms); then each command and
      collection, counts first; N divides the figures (default 1: totals).
See BENCHMARKS.md, "MongoDB commands per request".
"""
import json, sys, urllib.request, base64, re
ports = {"case": 8081, "group": 8082, "guideline": 8083, "reporting": 8084}
auth = "Basic " + base64.b64encode(b"admin:admin").decode()
def scrape():
    out = {}
    for name, port in ports.items():
        r = urllib.request.Request(f"http://127.0.0.1:{port}/actuator/prometheus", headers={"Authorization": auth})
        text = urllib.request.urlopen(r, timeout=20).read().decode()
        for line in text.splitlines():
            if line.startswith("#"): continue
            m = re.match(r'(mongodb_driver_commands_seconds_count|mongodb_driver_commands_seconds_sum|http_server_requests_seconds_count)\{(.*)\} ([0-9.eE+-]+)', line)
            if not m: continue
            labels = dict(re.findall(r'(\w+)="([^"]*)"', m.group(2)))
            if m.group(1).startswith("mongo"):
                kind = "mongo" if m.group(1).endswith("count") else "mongo-ms"
                key = f"{name} {kind} {labels.get('command')} {labels.get('collection')}"
            else:
                key = f"{name} http {labels.get('method')} {labels.get('status')}"
            out[key] = out.get(key, 0) + float(m.group(3)) * (1000 if key.split()[1] == 'mongo-ms' else 1)
    return out
if len(sys.argv) < 3 or sys.argv[1] not in ("scrape", "diff"):
    sys.exit(__doc__)
if sys.argv[1] == "scrape":
    json.dump(scrape(), open(sys.argv[2], "w"))
else:
    a = json.load(open(sys.argv[2])); b = json.load(open(sys.argv[3])); reqs = float(sys.argv[4]) if len(sys.argv) > 4 else 1.0
    d = {k: b[k] - a.get(k, 0) for k in b if b[k] - a.get(k, 0) > 0}
    tot = {}
    for k, v in d.items():
        s, kind = k.split()[0], k.split()[1]
        tot[(s, kind)] = tot.get((s, kind), 0) + v
    for (s, kind), v in sorted(tot.items()): print(f"{s:10} {kind:8} total {v:10.0f}   divided by N {v/reqs:9.2f}")
    print()
    for k, v in sorted(d.items(), key=lambda x: (x[0].split()[1], -x[1])):
        print(f"{v:10.0f} {v/reqs:9.2f}  {k}")
