#!/usr/bin/env bash
# Renders the first requirements page of the Word PvE and the first page (the summary) of the PDF gap report to PNG, for
# docs/. Needs the jar (mvn -q -B package -DskipTests), LibreOffice (Debian: libreoffice-writer-nogui) and
# pdftoppm (Debian: poppler-utils). Run from the project root: docs/render-pages.sh
set -euo pipefail
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
jar=target/eisenwijzer.jar
java -jar "$jar" pve --profile examples/velsen-awareness.yaml --format docx --out "$work/pve.docx"
soffice --headless --convert-to pdf --outdir "$work" "$work/pve.docx" > /dev/null
# Page 1 is the title page; the requirements tables start a few pages in.
pdftoppm -png -r 80 -f 1 -l 1 "$work/pve.pdf" docs/pve-docx-title
pdftoppm -png -r 80 -f "${PVE_PAGE:-5}" -l "${PVE_PAGE:-5}" "$work/pve.pdf" docs/pve-docx-page
# The gap report of the Velsen award with the committee's judgments: its first page is the committee's summary.
java -jar "$jar" gap --profile examples/velsen-award.yaml --evaluation examples/evaluations/velsen-evaluation.yaml --format pdf \
     --out "$work/gap.pdf" --supplier examples/suppliers/velsen-compliant.yaml \
     --supplier examples/suppliers/velsen-excluded.yaml --supplier examples/suppliers/velsen-conditional.yaml
pdftoppm -png -r 80 -f 1 -l 1 "$work/gap.pdf" docs/gap-report-pdf-page
# pdftoppm numbers its output (-1, -01, …); keep one stable name per page.
for base in pve-docx-title pve-docx-page gap-report-pdf-page; do
    produced=$(ls docs/"$base"-*.png | head -1)
    mv "$produced" docs/"$base".png
done
ls -l docs/*.png
