"""Production settings: `check --deploy` is clean; missing secrets are refused."""
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PRODUCTION_ENV = {
    "ASCDASH_ENV": "production",
    "SECRET_KEY": "k3Jx9-vQ2#mLp8Zr_Tw5Yb7Nc1Hd4Fg6Sa0Ue2Io9Ky3Rt5Xw8Qv1Bn7Mz4Lc6",
    "ALLOWED_HOSTS": "ascdash.example.org",
}


def run_manage(*args, env_overrides):
    env = {k: v for k, v in os.environ.items() if k not in {"DEBUG", "SECRET_KEY", "ALLOWED_HOSTS", "DJANGO_ALLOW_ASYNC_UNSAFE"}}
    env.update(env_overrides)
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )


def test_check_deploy_is_clean_under_production_settings():
    result = run_manage("check", "--deploy", "--fail-level", "WARNING", env_overrides=PRODUCTION_ENV)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_production_refuses_to_start_without_secret_key():
    env = dict(PRODUCTION_ENV, SECRET_KEY="")
    result = run_manage("check", env_overrides=env)
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_production_refuses_to_start_without_allowed_hosts():
    env = dict(PRODUCTION_ENV, ALLOWED_HOSTS="")
    result = run_manage("check", env_overrides=env)
    assert result.returncode != 0
    assert "ALLOWED_HOSTS must be set" in result.stderr


def test_database_url_selects_postgresql():
    code = "from django.conf import settings; d = settings.DATABASES['default']; print(d['ENGINE'], d['NAME'], d['HOST'])"
    result = run_manage(
        "shell", "--no-imports", "-c", code, env_overrides={"DATABASE_URL": "postgres://postgres@db.example:5432/asc"}
    )
    assert result.stdout.strip() == "django.db.backends.postgresql asc db.example"
