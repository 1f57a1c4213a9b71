from django.core.management.base import BaseCommand, CommandError

from metrics.returns import RETURNS
from metrics.services.recalculation import NoHomeCouncil, recalculate_returns


class Command(BaseCommand):
    help = "Recalculate stored indicator values from the confirmed returns (all returns, or those named)."

    def add_arguments(self, parser):
        parser.add_argument("returns", nargs="*", metavar="return",
                            help=f"Any of: {', '.join(RETURNS)} (default: all).")

    def handle(self, *args, **options):
        unknown = [name for name in options["returns"] if name not in RETURNS]
        if unknown:
            raise CommandError(f"Unknown return(s): {', '.join(unknown)}. Use: {', '.join(RETURNS)}.")
        try:
            stored = recalculate_returns(options["returns"] or list(RETURNS))
        except NoHomeCouncil as missing:
            raise CommandError(str(missing)) from None
        self.stdout.write(self.style.SUCCESS(f"{stored} indicator values stored."))
