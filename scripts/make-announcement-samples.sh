#!/usr/bin/env bash
# Renders the sample measures (samples/measures/*.json) as Word announcements (samples/announcements/*.docx) with
# `governance render --format docx`, converts them to PDF with LibreOffice headless (samples/announcements/*.pdf), and
# the PDFs to PNG pages (artifacts/announcement-pages/, not committed) for a person to look at.
#
# Needs: the .NET SDK, LibreOffice (soffice), poppler-utils (pdftoppm), and a TH Sarabun-compatible font. TH Sarabun
# New / PSK / IT๙ are not Debian packages; fonts-tlwg-laksaman's Laksaman (TLWG's release of the same Sarabun design)
# stands in for all three through fontconfig, so the PDFs have TH Sarabun's shapes and metrics under another name.
# The committed .docx name TH Sarabun New; Word on an agency's computer uses the real font.
set -euo pipefail
cd "$(dirname "$0")/.."

for tool in soffice pdftoppm; do
    command -v "$tool" >/dev/null || { echo "error: $tool is needed (LibreOffice, poppler-utils)" >&2; exit 2; }
done
font=$(fc-match -f '%{file}' 'TH Sarabun New')
case "$font" in
    *Laksaman*|*Sarabun*) ;;
    *) echo "error: no TH Sarabun-compatible font (install fonts-tlwg-laksaman); fontconfig offers $font" >&2; exit 2 ;;
esac

out=samples/announcements
pages=artifacts/announcement-pages
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$out" "$pages"

# A LibreOffice profile of its own, so that a LibreOffice the user has open is not disturbed. LibreOffice (7.4) does not
# know Word's "thaiNumbers" numbering or page-number format and shows Arabic digits; its option to draw digits in the
# text's own script (Complex Text Layout > Numerals: Context) makes the clause and page numbers Thai, as Word shows them.
mkdir -p "$work/profile/user"
cat > "$work/profile/user/registrymodifications.xcu" <<'XCU'
<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Common/I18N/CTL"><prop oor:name="CTLTextNumerals" oor:op="fuse"><value>3</value></prop></item>
</oor:items>
XCU

dotnet build src/Governance.Cli/Governance.Cli.csproj -c Release -v q -nologo -o "$work/cli" >/dev/null
governance() { dotnet "$work/cli/governance.dll" "$@"; }

for measure in samples/measures/*.json; do
    name=$(basename "$measure" .json)
    # The compliant sample is signed, as samples/announcements/compliant.txt is; the others keep the dotted lines a
    # clerk fills in.
    signed=()
    if [ "$name" = compliant ]; then
        signed=(--signatory "นายสมมติ ตัวอย่าง" --position "ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษาประถมศึกษาสมมติ เขต ๑")
    fi
    governance render "$measure" --format docx -o "$out/$name.docx" "${signed[@]}"
    soffice -env:UserInstallation="file://$work/profile" --headless --convert-to pdf --outdir "$out" "$out/$name.docx" >/dev/null
    rm -f "$pages/$name"-*.png
    pdftoppm -r 80 -png "$out/$name.pdf" "$pages/$name"
done

ls -l "$out"/*.docx "$out"/*.pdf "$pages"
