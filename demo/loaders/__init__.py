"""One loader per product app, each with ``load(*, stdout=None)``, run in
order by ``manage.py load_demo`` (see demo/management/commands/load_demo.py).
Every loader is idempotent: it looks things up by slug or key and updates
them in place."""
