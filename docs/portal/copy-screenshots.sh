#!/usr/bin/env bash
# Copies the portal's screenshots that PortalBrowserTest (and PortalRegisterBrowserTest: offentlig-forklaring) wrote under system-tests/target/ into docs/portal/, for the
# README. Run after the test (mvn -B -pl system-tests -am verify -Dtest=PortalBrowserTest
# -Dsurefire.failIfNoSpecifiedTests=false); mvn verify itself never writes into the tree.
set -euo pipefail
cd "$(dirname "$0")/../.."
from=system-tests/target/portal-screenshots
for view in mitt-arbete mottagning-med-fel arendeblad-registrerat offentlig-forklaring; do
    [ -f "$from/$view.png" ] || { echo "Missing $from/$view.png: run PortalBrowserTest and PortalRegisterBrowserTest first" >&2; exit 1; }
    cp "$from/$view.png" "docs/portal/$view.png"
done
echo "Copied to docs/portal/"
