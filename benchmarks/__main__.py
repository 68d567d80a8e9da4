"""`make bench`: each benchmark prints its figures as ratios against a baseline measured in the same run."""

import os

import django


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kb.settings")
    os.environ.setdefault("DATABASE_URL", "sqlite:///:memory:")
    os.environ.setdefault("ALLOWED_HOSTS", "127.0.0.1,localhost,testserver")
    django.setup()
    from benchmarks import api_bench, flow_bench, generate_bench, loadkb_bench

    loadkb_bench.run()
    generate_bench.run()
    flow_bench.run()
    api_bench.run()


if __name__ == "__main__":
    main()
