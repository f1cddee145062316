#!/usr/bin/env bash
# Validates our XZuFi sample messages (and, with EXPORT=file.xml, an export of the knowledge base)
# against the official XZuFi 2.2.0 schema, which is not part of this repository (licence and size):
# download the schema package from XRepository (https://www.xrepository.de, "XZuFi 2.2.0") and
# point XZUFI_XSD at its main schema file. A development step, not part of the test suite.
#   XZUFI_XSD=/path/to/xzufi-2.2.0/xzufi.xsd bash scripts/check-xzufi.sh
#   XZUFI_XSD=… EXPORT=wissensdatenbank-shared.xml bash scripts/check-xzufi.sh
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${XZUFI_XSD:-}" ] || [ ! -f "$XZUFI_XSD" ]; then
  echo "XZUFI_XSD zeigt auf keine Datei: bitte das offizielle XZuFi-2.2.0-Schema angeben (siehe Kopf dieses Skripts)." >&2
  exit 2
fi
command -v xmllint >/dev/null || { echo "xmllint fehlt (apt-get install libxml2-utils)." >&2; exit 2; }
files=(src/modules/knowledge/transfer/fixtures/*.xml)
[ -n "${EXPORT:-}" ] && files+=("$EXPORT")
status=0
for f in "${files[@]}"; do
  if xmllint --noout --schema "$XZUFI_XSD" "$f"; then echo "gültig: $f"; else status=1; fi
done
exit $status
