#!/usr/bin/env bash
# Writes the survey samples the way each tool writes them, from the plain UTF-8 text below:
#   google-forms.csv            Google Forms "Download responses (.csv)": UTF-8, no BOM, CRLF, Timestamp and e-mail columns,
#                               a multiple-choice grid as "question [row]" columns answered in words
#   thai-excel-windows-874.csv  typed into Excel on a Thai PC and saved as "CSV (Comma delimited)": Windows-874, CRLF,
#                               a title row above the table
#   microsoft-forms.xlsx        Microsoft Forms' columns (ID, Start time, Completion time, Email, Name, questions),
#                               saved as .xlsx by LibreOffice (soffice --headless --convert-to xlsx)
# Needs iconv and LibreOffice (Debian: apt-get install libreoffice-calc). Run from anywhere; writes next to itself.
set -euo pipefail
cd "$(dirname "$0")"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

crlf() { sed 's/$/\r/'; }

crlf > google-forms.csv <<'CSV'
Timestamp,Email Address,เพศ,อายุ,สถานภาพ,ความพึงพอใจต่อการให้บริการ [ความสะดวกในการติดต่อ],"ความพึงพอใจต่อการให้บริการ [ความรวดเร็ว, ทันเวลา]",ความพึงพอใจต่อการให้บริการ [ความชัดเจนของข้อมูล],ความพึงพอใจต่อการให้บริการ [ความสุภาพของเจ้าหน้าที่],ภาพรวมความพึงพอใจ,ข้อเสนอแนะ
2024/03/05 9:41:12 AM GMT+7,somchai@example.go.th,ชาย,31-40 ปี,ประชาชน,มากที่สุด,มาก,มาก,มากที่สุด,5,"บริการดีมาก, รวดเร็ว"
2024/03/05 9:46:03 AM GMT+7,somsri@example.go.th,หญิง,21-30 ปี,นักศึกษา,มาก,ปานกลาง,มาก,มาก,4,
2024/03/05 11:02:40 AM GMT+7,wichai@example.go.th,ชาย,41-50 ปี,ผู้ประกอบการ,มาก,มาก,ปานกลาง,มากที่สุด,4,ควรเพิ่มที่จอดรถ
2024/03/05 2:15:09 PM GMT+7,malee@example.go.th,หญิง,51-60 ปี,ประชาชน,ปานกลาง,น้อย,ปานกลาง,มาก,3,"""ช้า"" ในช่วงเที่ยง"
2024/03/06 8:30:55 AM GMT+7,anan@example.go.th,หญิง,31-40 ปี,ข้าราชการ,มากที่สุด,มากที่สุด,มากที่สุด,มากที่สุด,5,
2024/03/06 10:12:31 AM GMT+7,prasert@example.go.th,ชาย,61 ปีขึ้นไป,ประชาชน,มาก,มาก,มาก,มาก,4,
2024/03/06 1:47:18 PM GMT+7,kanya@example.go.th,หญิง,21-30 ปี,นักศึกษา,มากที่สุด,มาก,มากที่สุด,มากที่สุด,5,เจ้าหน้าที่ให้คำแนะนำดี
2024/03/07 9:05:44 AM GMT+7,somkid@example.go.th,ชาย,41-50 ปี,ผู้ประกอบการ,น้อย,น้อยที่สุด,ปานกลาง,ปานกลาง,2,รอนานเกินไป
2024/03/07 3:20:02 PM GMT+7,jintana@example.go.th,หญิง,31-40 ปี,ประชาชน,มาก,มาก,มาก,มากที่สุด,4,
2024/03/08 10:00:17 AM GMT+7,boonmee@example.go.th,ชาย,51-60 ปี,ประชาชน,มากที่สุด,มาก,มาก,มาก,5,
2024/03/08 11:38:26 AM GMT+7,,หญิง,21-30 ปี,นักศึกษา,มาก,ปานกลาง,,มาก,4,
2024/03/08 4:55:50 PM GMT+7,narong@example.go.th,ชาย,31-40 ปี,ข้าราชการ,มากที่สุด,มากที่สุด,มาก,มากที่สุด,5,ขอบคุณครับ
CSV

crlf > "$work/thai-excel.csv" <<'CSV'
แบบสอบถามความพึงพอใจของผู้รับบริการ ประจำปีงบประมาณ พ.ศ. 2567,,,,,,
ลำดับ,เพศ,สถานภาพ,ด้านกระบวนการและขั้นตอน,ด้านเจ้าหน้าที่ผู้ให้บริการ,ด้านสิ่งอำนวยความสะดวก,ด้านคุณภาพการให้บริการ
1,ชาย,ประชาชน,5,5,4,5
2,หญิง,ประชาชน,4,5,4,4
3,หญิง,นักศึกษา,4,4,3,4
4,ชาย,ผู้ประกอบการ,3,4,3,3
5,หญิง,ข้าราชการ,5,5,5,5
6,ชาย,ประชาชน,4,,4,4
7,หญิง,ประชาชน,5,4,4,5
8,ชาย,นักศึกษา,2,3,3,3
,,,,,,
CSV
iconv -f UTF-8 -t CP874 "$work/thai-excel.csv" > thai-excel-windows-874.csv

crlf > "$work/microsoft-forms.csv" <<'CSV'
ID,Start time,Completion time,Email,Name,ท่านพึงพอใจต่อความสะดวกในการขอรับบริการ,ท่านพึงพอใจต่อความรวดเร็วในการให้บริการ,ท่านพึงพอใจต่อบริการในภาพรวม
1,3/5/24 9:41:12,3/5/24 9:44:50,anonymous,,5,พึงพอใจมากที่สุด,5
2,3/5/24 10:02:33,3/5/24 10:05:01,anonymous,,4,พึงพอใจมาก,4
3,3/5/24 13:15:40,3/5/24 13:19:22,anonymous,,4,พึงพอใจปานกลาง,4
4,3/6/24 8:55:07,3/6/24 8:58:49,anonymous,,2,พึงพอใจน้อย,3
5,3/6/24 11:30:15,3/6/24 11:32:58,anonymous,,5,พึงพอใจมาก,5
6,3/6/24 15:42:03,3/6/24 15:45:30,anonymous,,4,พึงพอใจมาก,4
CSV
# Filter options: comma, no quote handling beyond ", UTF-8 (76), from line 1, US English dates so 3/5/24 is 5 March.
soffice --headless --infilter="CSV:44,34,76,1,,1033" --convert-to xlsx --outdir "$work" "$work/microsoft-forms.csv" >/dev/null
mv "$work/microsoft-forms.xlsx" microsoft-forms.xlsx
