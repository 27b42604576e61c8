#!/usr/bin/env bash
# Copies the screenshots that the portal's browser tests (system-tests, Portal*BrowserTest) wrote under
# system-tests/target/ into docs/portal/, for the README. Run after the tests (mvn -B -pl system-tests -am verify
# -Dtest='Portal*BrowserTest' -Dsurefire.failIfNoSpecifiedTests=false); mvn verify itself never writes into the tree.
set -euo pipefail
cd "$(dirname "$0")/../.."
from=system-tests/target/portal-screenshots
for view in mitt-arbete mottagning-med-fel arendeblad-registrerat riktlinje-jamforelse uppdragstavla granskning-spar offentlig-forklaring; do
    [ -f "$from/$view.png" ] || { echo "Missing $from/$view.png: run the portal browser tests first" >&2; exit 1; }
    cp "$from/$view.png" "docs/portal/$view.png"
done
echo "Copied to docs/portal/"
