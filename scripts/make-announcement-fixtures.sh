#!/usr/bin/env bash
# Makes the announcement fixtures in tests/Governance.Announcements.Tests/Fixtures from the corpus and the sample
# measures, with the tools agencies' files come from: Word files written with the Open XML SDK (automatic numbering),
# PDFs exported from them by LibreOffice headless in a TH Sarabun-compatible font (fonts-tlwg-laksaman), a PDF whose
# text layer carries Thai fonts' Private Use Area forms, scans (pages as black-and-white pictures at 300 dpi, no text
# layer, as PDFs and as an image file, for the OCR tests), a password-protected PDF, and text in Windows-874 and UTF-16.
#
# Needs: the .NET SDK, LibreOffice (soffice), poppler-utils (pdftoppm), iconv, fonts-tlwg-laksaman.
# The tests read the committed files; run this only to make them again.
set -euo pipefail
cd "$(dirname "$0")/.."

for tool in soffice pdftoppm iconv; do
    command -v "$tool" >/dev/null || { echo "error: $tool is needed (LibreOffice, poppler-utils, libc-bin)" >&2; exit 2; }
done
font=$(fc-match -f '%{file}' 'TH SarabunPSK')
case "$font" in
    *Laksaman*|*Sarabun*) ;;
    *) echo "error: no TH Sarabun-compatible font (install fonts-tlwg-laksaman); fontconfig offers $font" >&2; exit 2 ;;
esac

corpus=tests/Governance.Announcements.Tests/Corpus
out=tests/Governance.Announcements.Tests/Fixtures
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"
rm -f "$out"/*.docx "$out"/*.pdf "$out"/*.txt "$out"/*.png

dotnet build scripts/AnnouncementFixtures/AnnouncementFixtures.csproj -c Release -v q -nologo >/dev/null
maker() { dotnet scripts/AnnouncementFixtures/bin/Release/net10.0/AnnouncementFixtures.dll "$@"; }

# Generated measures: the sample measures, written as announcements; their text is the source the others are compared with.
for measure in samples/measures/*.json; do
    maker render "$measure" "$out/measure-$(basename "$measure" .json).txt"
done

# Word and PDF-from-Word for every corpus document and generated measure.
for text in "$corpus"/*.txt "$out"/measure-*.txt; do
    name=$(basename "$text" .txt)
    maker docx "$text" "$out/$name.docx"
    # A profile of its own, so that a LibreOffice the user has open is not disturbed.
    soffice -env:UserInstallation="file://$work/profile" --headless --convert-to pdf --outdir "$out" "$out/$name.docx" >/dev/null
done

# What Word writes with TH SarabunPSK: Private Use Area forms and SARA AM split in the text layer.
maker pua-pdf "$corpus/A-compliant.txt" "$font" "$out/A-compliant.pua.pdf"
# The same, its marks drawn after all the consonants of their line, as some PDF writers order glyphs.
maker marks-apart-pdf "$corpus/D-memo-then-announcement.txt" "$font" "$out/D-memo-then-announcement.marks-apart.pdf"

# Scans as an office scanner makes them: every page a black-and-white picture at 300 dpi and no text; and one page as
# the image file a scanner or a phone leaves. OCR reads them back (tests/…/Formats/OcrFixtureTests.cs).
for name in A-compliant B-no-satisfaction D-memo-then-announcement; do
    pdftoppm -r 300 -mono "$out/$name.pdf" "$work/$name"
    maker scan-pdf "$out/$name.scanned.pdf" "$work/$name"-*.pbm
done
pdftoppm -r 300 -mono -png -singlefile "$out/C-no-feedback-channel.pdf" "$out/C-no-feedback-channel.scanned"

# A PDF that needs a password to open.
mkdir -p "$work/encrypted"
soffice -env:UserInstallation="file://$work/profile" --headless \
    --convert-to 'pdf:writer_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},"DocumentOpenPassword":{"type":"string","value":"secret"}}' \
    --outdir "$work/encrypted" "$out/C-no-feedback-channel.docx" >/dev/null
mv "$work/encrypted/C-no-feedback-channel.pdf" "$out/C-no-feedback-channel.encrypted.pdf"

# Text as Thai Windows and Notepad save it.
iconv -f UTF-8 -t CP874 "$corpus/B-no-satisfaction.txt" > "$out/B-no-satisfaction.windows-874.txt"
{ printf '\xff\xfe'; iconv -f UTF-8 -t UTF-16LE "$corpus/C-no-feedback-channel.txt"; } > "$out/C-no-feedback-channel.utf-16.txt"

ls -l "$out"
