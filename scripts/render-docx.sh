#!/usr/bin/env bash
# Renders a .docx to PDF and PNG pages for looking at it: LibreOffice → PDF → pdftoppm (80 dpi).
# Needs libreoffice-writer-nogui and poppler-utils (not needed by the tests):
#   apt-get install -y --no-install-recommends libreoffice-writer-nogui poppler-utils
# Usage: scripts/render-docx.sh FILE.docx OUTDIR   → OUTDIR/NAME.pdf, OUTDIR/NAME-1.png, NAME-2.png …
set -euo pipefail

if [ "$#" -ne 2 ]; then
  echo "usage: $0 FILE.docx OUTDIR" >&2
  exit 2
fi
docx="$1"
outdir="$2"
[ -f "$docx" ] || { echo "no such file: $docx" >&2; exit 1; }
for tool in soffice pdftoppm; do
  command -v "$tool" >/dev/null || { echo "$tool not found: apt-get install -y --no-install-recommends libreoffice-writer-nogui poppler-utils" >&2; exit 1; }
done

mkdir -p "$outdir"
name="$(basename "${docx%.*}")"
# A private profile: a LibreOffice already running for the user (or a stale lock) cannot block the conversion.
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
soffice --headless -env:UserInstallation="file://$profile" --convert-to pdf --outdir "$outdir" "$docx" >/dev/null
rm -f "$outdir/$name"-*.png
pdftoppm -r 80 -png "$outdir/$name.pdf" "$outdir/$name"
ls "$outdir/$name".pdf "$outdir/$name"-*.png
