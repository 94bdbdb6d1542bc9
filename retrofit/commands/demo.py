"""``retrofit demo``: create the demo city (Tangshan, 470 estates, about 7,000 buildings)."""
from __future__ import annotations

import argparse
import time

from sqlalchemy import func, select

from retrofit import i18n
from retrofit.commands._common import open_app
from retrofit.demo import RANDOM_SEED, create_in
from retrofit.domain.errors import ValidationError
from retrofit.storage.models import Estate

NAME = "demo"
HELP = "create the demo city (唐山 Tangshan, 470 estates, ~7,000 buildings, the programme's settings)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--replace", action="store_true",
                        help="delete every estate and building of the database first")
    parser.add_argument("--seed", dest="random_seed", type=int, default=RANDOM_SEED,
                        help=f"random seed (default {RANDOM_SEED})")
    parser.add_argument("--before-works", action="store_true",
                        help="the city as planned in 2008: no works carried out, no meter readings")


def run(args: argparse.Namespace) -> int:
    start = time.perf_counter()
    with open_app(args) as app:
        with app.session_factory() as session:
            count = session.scalar(select(func.count()).select_from(Estate)) or 0
        if count and not args.replace:
            raise ValidationError("cli_demo_not_empty", field="--replace", value=count, count=count)
        estates, buildings = create_in(app, args.random_seed, replace=args.replace, execution=not args.before_works)
    print(i18n.message("cli_demo_created", estates=estates, buildings=buildings,
                       seconds=time.perf_counter() - start))
    return 0
