#!/usr/bin/env bash
# Official XRechnung checks for development (NOT part of CI; decision record 0103): UBL 2.1 XSD,
# EN 16931 UBL schematron (compiled XSLT) and the XRechnung schematron (compiled with SchXslt),
# run with Saxon-HE (Debian: apt-get install libsaxonhe-java libxml2-utils).
# None of the artefacts are committed. Lay them out under $XRECHNUNG_ARTEFACTS (default /tmp/xr-artefacts):
#   ubl-2.1/xsd/maindoc/UBL-Invoice-2.1.xsd ...        (OASIS UBL 2.1 release package)
#   en16931/ubl/xslt/EN16931-UBL-validation.xslt         (ConnectingEurope/eInvoicing-EN16931)
#   xrechnung/src/validation/schematron/ubl/XRechnung-UBL-validation.sch (itplr-kosit/xrechnung-schematron)
#   schxslt/core/src/main/resources/xslt/2.0/compile-for-svrl.xsl        (schxslt/schxslt)
# Usage: scripts/validate-xrechnung.sh file.xml ...   (npx tsx scripts/write-sample-xrechnung.ts writes samples)
# Prints one line per file and check; exits 1 if any check failed, 2 if artefacts are missing.
set -u
A="${XRECHNUNG_ARTEFACTS:-/tmp/xr-artefacts}"
SAXON="${SAXON_JAR:-/usr/share/java/Saxon-HE.jar}"
XSD_DIR="$A/ubl-2.1/xsd/maindoc"
EN_XSLT="$A/en16931/ubl/xslt/EN16931-UBL-validation.xslt"
XR_SCH="$A/xrechnung/src/validation/schematron/ubl/XRechnung-UBL-validation.sch"
SCHXSLT="$A/schxslt/core/src/main/resources/xslt/2.0/compile-for-svrl.xsl"
for f in "$XSD_DIR/UBL-Invoice-2.1.xsd" "$EN_XSLT" "$XR_SCH" "$SCHXSLT" "$SAXON"; do
  [ -f "$f" ] || { echo "missing artefact: $f" >&2; exit 2; }
done
command -v xmllint >/dev/null || { echo "missing xmllint (libxml2-utils)" >&2; exit 2; }
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
saxon() { java -cp "$SAXON" net.sf.saxon.Transform "$@"; }
XR_XSLT="$WORK/xrechnung-ubl.xsl"
# KoSIT's common.sch declares its variables as lets of an included pattern (global in the ISO skeleton,
# pattern-local in SchXslt): put them at schema level instead of the include, then compile with SchXslt.
XR_MERGED="$(dirname "$XR_SCH")/.merged-for-schxslt.sch"
grep '<let ' "$(dirname "$XR_SCH")/../common.sch" >"$WORK/lets.txt"
sed -e '/<include href="..\/common.sch"/{r '"$WORK/lets.txt"'
d}' "$XR_SCH" >"$XR_MERGED"
trap 'rm -rf "$WORK" "$XR_MERGED"' EXIT
saxon -s:"$XR_MERGED" -xsl:"$(dirname "$SCHXSLT")/pipeline-for-svrl.xsl" -o:"$XR_XSLT" || { echo "compiling the XRechnung schematron failed" >&2; exit 2; }

# Count failed asserts in an SVRL report: fatal/error ones fail the check, warnings are listed.
report() {
  local svrl="$1" label="$2" file="$3"
  local failed warnings
  failed=$(grep -o '<svrl:failed-assert[^>]*' "$svrl" | grep -v 'flag="warning"' | grep -v 'flag="information"' | grep -c . || true)
  warnings=$(grep -o '<svrl:failed-assert[^>]*flag="warning"' "$svrl" | grep -c . || true)
  local fired
  fired=$(grep -c '<svrl:fired-rule' "$svrl" || true)
  if [ "$failed" = "0" ]; then echo "PASS $label $file (rules fired: $fired, warnings: $warnings)"; else
    echo "FAIL $label $file ($failed failed asserts, warnings: $warnings)"
    grep -o 'id="[^"]*"[^>]*flag="[a-z]*"' "$svrl" | sort | uniq -c | sed 's/^/    /'
    sed -n 's:.*<svrl\:text>\(.*\)</svrl\:text>.*:    \1:p' "$svrl" | head -20
    STATUS=1
  fi
  if [ "$warnings" != "0" ]; then tr '\n' ' ' <"$svrl" | grep -o '<svrl:failed-assert[^>]*flag="warning".\{0,600\}' | sed 's/^/    warning: /' | cut -c1-400; fi
}

STATUS=0
for xml in "$@"; do
  root=$(sed -n 's/.*<\(Invoice\|CreditNote\) .*/\1/p' "$xml" | head -1)
  [ -z "$root" ] && { echo "FAIL not a UBL Invoice/CreditNote: $xml"; STATUS=1; continue; }
  if xmllint --noout --schema "$XSD_DIR/UBL-$root-2.1.xsd" "$xml" 2>"$WORK/xsd.log"; then echo "PASS UBL-2.1-XSD $xml"; else
    echo "FAIL UBL-2.1-XSD $xml"; sed 's/^/    /' "$WORK/xsd.log" | head -20; STATUS=1; fi
  saxon -s:"$xml" -xsl:"$EN_XSLT" -o:"$WORK/en.svrl" && report "$WORK/en.svrl" EN16931-UBL "$xml"
  saxon -s:"$xml" -xsl:"$XR_XSLT" -o:"$WORK/xr.svrl" && report "$WORK/xr.svrl" XRechnung-3.0-UBL "$xml"
done
exit $STATUS
