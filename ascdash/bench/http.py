"""HTTP load measurement: gunicorn (4 workers) serving the app, wrk applying concurrent users on loopback.

wrk is Debian's `wrk` package (C, so the load generator does not steal the server's CPU the way a
Python client would). Each run is bounded in time and only targets 127.0.0.1.
"""
import json
import os
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

from django.conf import settings
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
from django.contrib.sessions.backends.db import SessionStore
from django.test.utils import override_settings

ROOT = Path(settings.BASE_DIR)
WRK_SCRIPT = """
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format('{"requests": %d, "duration_us": %d, "p50_us": %d, "p95_us": %d, "errors": %d, "bytes": %d}\\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(95),
    e.connect + e.read + e.write + e.status + e.timeout, summary.bytes))
end
"""


def ensure_wrk():
    if shutil.which("wrk"):
        return
    subprocess.run(["apt-get", "install", "-y", "-qq", "wrk"], check=True, capture_output=True)


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def server_environment(static_root):
    env = dict(os.environ)
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    env.update(
        ASCDASH_ENV="production",
        SECRET_KEY=secrets.token_urlsafe(64),
        ALLOWED_HOSTS="127.0.0.1",
        SECURE_SSL_REDIRECT="false",
        STATIC_ROOT=str(static_root),
        DATABASE_URL=os.environ.get("DATABASE_URL", f"sqlite:///{settings.DATABASES['default']['NAME']}"),
    )
    return env


def wait_until_up(url, seconds=30):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(url, timeout=2)
            return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError(f"Server at {url} did not start")


@contextmanager
def gunicorn_server(workers=4):
    """Run the app under production settings with gunicorn; yields (base_url, env)."""
    with tempfile.TemporaryDirectory() as static_root:
        env = server_environment(static_root)
        subprocess.run(
            [sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"], cwd=ROOT, env=env, check=True
        )
        port = free_port()
        process = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "ascdash.wsgi", "--workers", str(workers),
             "--bind", f"127.0.0.1:{port}", "--log-level", "warning"],
            cwd=ROOT, env=env,
        )
        base_url = f"http://127.0.0.1:{port}"
        try:
            wait_until_up(f"{base_url}/health/")
            yield base_url, env
        finally:
            process.terminate()
            process.wait(timeout=30)


def session_cookie(user, secret_key):
    """A signed-in session for `user`, valid for a server running with `secret_key`."""
    with override_settings(SECRET_KEY=secret_key):
        session = SessionStore()
        session[SESSION_KEY] = str(user.pk)
        session[BACKEND_SESSION_KEY] = settings.AUTHENTICATION_BACKENDS[-1]
        session[HASH_SESSION_KEY] = user.get_session_auth_hash()
        session.save()
    return f"{settings.SESSION_COOKIE_NAME}={session.session_key}"


def run_wrk(url, cookie=None, seconds=60, connections=25, threads=2):
    """Apply `connections` concurrent users for `seconds`; returns requests/s, median and p95 ms, errors."""
    ensure_wrk()
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        script.write(WRK_SCRIPT)
    command = ["wrk", "-t", str(threads), "-c", str(connections), "-d", f"{seconds}s", "--timeout", "10s",
               "-s", script.name, "-H", "Accept-Encoding: gzip"]
    if cookie:
        command += ["-H", f"Cookie: {cookie}"]
    try:
        output = subprocess.run(command + [url], capture_output=True, text=True, check=True, timeout=seconds + 60)
    finally:
        os.unlink(script.name)
    result = json.loads(output.stdout.strip().splitlines()[-1])
    return {
        "rps": result["requests"] / (result["duration_us"] / 1e6),
        "median_ms": result["p50_us"] / 1000,
        "p95_ms": result["p95_us"] / 1000,
        "errors": result["errors"],
        "requests": result["requests"],
    }


def first_load_bytes(base_url, path, cookie):
    """Compressed bytes of a page's HTML plus the CSS and JS it links, as a browser's first visit fetches them."""
    import re

    def fetch(url):
        request = urllib.request.Request(url, headers={"Accept-Encoding": "gzip", "Cookie": cookie})
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.read(), response.headers.get("Content-Encoding", "")

    html, _ = fetch(base_url + path)
    import gzip

    text = gzip.decompress(html).decode() if html[:2] == b"\x1f\x8b" else html.decode()
    sizes = {"html": len(html), "css": 0, "js": 0}
    for kind, pattern in [("css", r'<link[^>]+href="([^"]+\.css)"'), ("js", r'<script[^>]+src="([^"]+\.js)"')]:
        for asset in set(re.findall(pattern, text)):
            body, _ = fetch(base_url + asset)
            sizes[kind] += len(body)
    return sizes
