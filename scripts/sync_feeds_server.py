#!/usr/bin/env python3
"""Local feeds for scripts/measure_sync.sh: FEEDS RSS 2.0 feeds of ITEMS items
each, spread over PORTS servers on 127.0.0.1 (byline fetches one feed per host
and port at a time), each item's page an HTML article. Requests are counted
per kind and written to COUNTS on SIGTERM.

    sync_feeds_server.py FEEDS ITEMS PORTS CONFIG_OUT NEWS_DIR COUNTS
"""
import http.server, json, os, signal, socketserver, sys, threading

feeds, items, ports = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
config_out, news, counts_out = sys.argv[4], sys.argv[5], sys.argv[6]
counts = {"feed": 0, "page": 0, "other": 0}
lock = threading.Lock()
PARA = ("<p>The harbour master said on Tuesday that the ferry would run again from "
        "Monday, after three weeks in dry dock. \u201cWe are glad to have it back,\u201d "
        "she said. Crews replaced the propeller shaft and repainted the hull.</p>")

def feed(port, f):
    out = ['<?xml version="1.0"?><rss version="2.0" '
           'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>'
           f'<title>Feed {f}</title><link>http://127.0.0.1:{port}/</link><description>x</description>']
    for i in range(items):
        out.append(f'<item><title>Feed {f} story {i}: the ferry returns</title>'
                   f'<link>http://127.0.0.1:{port}/f{f}/{i}.html</link><guid>f{f}-{i}</guid>'
                   f'<pubDate>Sat, 14 Mar 2026 08:{i:02d}:00 GMT</pubDate>'
                   f'<content:encoded><![CDATA[{PARA}]]></content:encoded></item>')
    out.append('</channel></rss>')
    return "".join(out).encode()

class H(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    # One write per response, sent at once: no 40 ms Nagle and delayed-ACK stall.
    wbufsize = 1 << 16
    disable_nagle_algorithm = True
    def log_message(self, *a): pass
    def do_GET(self):
        port = self.server.server_address[1]
        if self.path.endswith(".xml"):
            kind, body, ctype = "feed", feed(port, int(self.path[2:-4])), "application/rss+xml"
        elif self.path.endswith(".html"):
            kind, ctype = "page", "text/html; charset=utf-8"
            body = (f"<html><head><title>{self.path}</title></head><body><article>"
                    + PARA * 12 + "</article></body></html>").encode()
        else:
            kind, body, ctype = "other", b"no", "text/plain"
        with lock:
            counts[kind] += 1
        self.send_response(200 if kind != "other" else 404)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

class S(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True

servers = [S(("127.0.0.1", 0), H) for _ in range(ports)]
with open(config_out, "w") as c:
    c.write(f'articles_dir = "{news}"\n')
    c.write(f'[sync]\nfull_text = {os.environ.get("FULL_TEXT", "true")}\n')
    for f in range(feeds):
        port = servers[f % ports].server_address[1]
        c.write(f'\n[[feeds]]\nname = "Feed {f}"\nurl = "http://127.0.0.1:{port}/f{f}.xml"\n')
for s in servers:
    threading.Thread(target=s.serve_forever, daemon=True).start()

def stop(*_):
    with open(counts_out, "w") as o:
        json.dump(counts, o)
    sys.exit(0)
signal.signal(signal.SIGTERM, stop)
print("ready", flush=True)
signal.pause()
