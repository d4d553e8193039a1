#!/usr/bin/env bash
# Measures what the GOV analyzers add to a build (goal: at most 5 %).
#
# Generates a project of FILES (default 300) C# files that use the measure model, NodaTime and DateTime the way
# application code does (builder chains, builders in locals and through try/finally, object initializers, local step
# lists, dates including sentinels, Thai-calendar dates and BE→CE conversions, ordinary LINQ and loops),
# then builds it RUNS (default 5) times without and with the analyzer, alternating, each a full rebuild of the
# project (--no-incremental). Prints the median wall-clock and CPU (user + system, the build and its compiler
# process) times, their ratios, and the analyzer's own execution time reported by the compiler
# (-p:ReportAnalyzer=true). CPU time is the steadier figure on a busy machine: wall time there mostly measures the
# other work. The code fixes are not measured: command-line builds never load them. By default each build runs a
# fresh compiler process (SHARED=false), so every build pays the analyzer's loading and JIT — the pessimistic case;
# SHARED=true uses the compiler server, as developers' builds do, but then the compiler's CPU time is not the
# build's and only wall time is comparable.
#
# Usage: scripts/measure-analyzer-cost.sh            (honours GOV_ARTIFACTS like every build of this tree)
#        FILES=300 RUNS=7 SHARED=false KEEP=1 scripts/measure-analyzer-cost.sh
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
files="${FILES:-300}"
runs="${RUNS:-5}"
shared="${SHARED:-false}"
work="$(mktemp -d "${TMPDIR:-/tmp}/gov-analyzer-cost.XXXXXX")"
[[ -n "${KEEP:-}" ]] && echo "Keeping $work" >&2 || trap 'rm -rf "$work"' EXIT

echo "Building Participation.Governance and its analyzers (Release)..." >&2
dotnet build "$repo/src/Governance/Governance.csproj" -c Release -nologo -v:q -tl:off >&2
library="$(dotnet msbuild "$repo/src/Governance/Governance.csproj" -getProperty:TargetPath -p:Configuration=Release -p:TargetFramework=net8.0)"
analyzer="$(dotnet msbuild "$repo/src/Governance.Analyzers/Governance.Analyzers.csproj" -getProperty:TargetPath -p:Configuration=Release)"
nodatime="$(sed -n 's/.*PackageVersion Include="NodaTime" Version="\([^"]*\)".*/\1/p' "$repo/Directory.Packages.props")"

project="$work/CostProbe"
mkdir -p "$project"
# Stop MSBuild from importing anything from folders above the temporary one.
echo '<Project />' > "$project/Directory.Build.props"
echo '<Project />' > "$project/Directory.Build.targets"
echo '<Project><PropertyGroup><ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally></PropertyGroup></Project>' > "$project/Directory.Packages.props"
cat > "$project/CostProbe.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
    <NoWarn>\$(NoWarn);CS8321</NoWarn>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="NodaTime" Version="$nodatime" />
    <Reference Include="Participation.Governance" HintPath="$library" />
  </ItemGroup>
  <ItemGroup Condition="'\$(WithGovernanceAnalyzers)' == 'true'">
    <Analyzer Include="$analyzer" />
  </ItemGroup>
</Project>
XML

for ((n = 0; n < files; n++)); do
  cat > "$project/Module$n.cs" <<CS
using NodaTime;
using Participation.Governance.Measures;

namespace CostProbe;

public static class Module$n
{
    public static Measure Chain() => Measure.CreateBuilder("สำนักงานที่ $n", "มาตรการที่ $n")
        .AddLevel(ParticipationLevel.Consult)
        .AddFeedbackChannel(ChannelKind.Website, "https://example.go.th/$n")
        .AddPublicationChannel(ChannelKind.NoticeBoard)
        .AddStep(StepKind.CollectFeedback, "รับฟังความคิดเห็น")
        .AddSatisfactionAssessment("ประเมินความพึงพอใจ")
        .Build();

    public static Measure Local(bool flag)
    {
        var builder = new MeasureBuilder("agency $n", "title");
        builder.AddFeedbackChannel(ChannelKind.Telephone);
        builder.AddStep(StepKind.Review, "review");
        if (flag)
        {
            builder.AddLevel(ParticipationLevel.Inform);
        }

        builder.AddSatisfactionAssessment("assess");
        return builder.Build();
    }

    public static Measure Created(IEnumerable<FeedbackChannel> extra) => new Measure
    {
        Agency = "agency $n",
        Title = "title",
        Channels = [new FeedbackChannel(ChannelKind.Email), .. extra],
        Steps = [new MeasureStep(StepKind.SatisfactionAssessment, "assess"), new MeasureStep(StepKind.Report, "report")],
    };

    public static Measure Guarded(bool flag)
    {
        var builder = flag ? new MeasureBuilder("agency $n", "title") : Measure.CreateBuilder("agency $n", "other");
        try
        {
            builder.AddFeedbackChannel(ChannelKind.SuggestionBox);
        }
        finally
        {
            builder.AddLevel(ParticipationLevel.Involve);
        }

        _ = builder.AddSatisfactionAssessment("assess").Build();
        var steps = new List<MeasureStep>();
        steps.Add(new MeasureStep(StepKind.SatisfactionAssessment, "assess"));
        return new Measure("agency $n", "title", [new FeedbackChannel(ChannelKind.Website)], steps);
    }

    public static DateTime Never => new DateTime(2500, 1, 1);

    public static DateTime Announced => new DateTime(2568, 4, 24, new System.Globalization.ThaiBuddhistCalendar());

    public static LocalDate Converted => new LocalDate(2568, 4, 24).PlusYears(-543);

    public static Measure Draft() => Measure.CreateBuilder("agency $n", "draft").AddLevel(ParticipationLevel.Inform).Build();

    public static LocalDate Issued(int day) => new LocalDate(2025, 10, 1 + (day % 28));

    public static DateTime Stamp(int hour) => new DateTime(2026, 1, $(( (n % 28) + 1 )), hour % 24, 0, 0, DateTimeKind.Utc);

    public static int Total(IEnumerable<int> values)
    {
        var total = 0;
        foreach (var value in values.Where(v => v % 3 == $((n % 3))))
        {
            total += value * $n;
        }

        return total;
    }

    public static string Describe(Measure measure) =>
        string.Join(", ", measure.Channels.Where(c => c.IsInbound).Select(c => c.Kind.ToString()).OrderBy(k => k, StringComparer.Ordinal));

    public static IReadOnlyDictionary<StepKind, int> CountSteps(IEnumerable<Measure> measures) =>
        measures.SelectMany(m => m.Steps).GroupBy(s => s.Kind).ToDictionary(g => g.Key, g => g.Count());

    public static string Band(int score) => score switch
    {
        >= 90 => "มากที่สุด",
        >= 75 => "มาก",
        >= 50 => "ปานกลาง",
        _ => "น้อย",
    };

    public sealed record Row(int Id, string Name, LocalDate Date);

    public static List<Row> Rows(int count)
    {
        var rows = new List<Row>(count);
        for (var i = 0; i < count; i++)
        {
            rows.Add(new Row(i, "row " + i, new LocalDate(2026, 1 + (i % 12), 1)));
        }

        return rows;
    }
}
CS
done

export NUGET_PACKAGES="${NUGET_PACKAGES:-$HOME/.nuget/packages}"
dotnet restore "$project" -nologo -v:q >&2

build() { # $1 = true|false (with the analyzer); prints "wall cpu" in seconds
  local start end cpu
  start=$(date +%s.%N)
  cpu=$( { TIMEFORMAT='%U %S'; time dotnet build "$project" --no-restore --no-incremental -nologo -v:q -tl:off -nodeReuse:false \
    -p:UseSharedCompilation="$shared" -p:WithGovernanceAnalyzers="$1" > "$work/build.log" 2>&1; } 2>&1 ) \
    || { cat "$work/build.log" >&2; exit 1; }
  end=$(date +%s.%N)
  awk -v s="$start" -v e="$end" -v c="$cpu" 'BEGIN { split(c, p, " "); printf "%.2f %.2f\n", e - s, p[1] + p[2] }'
}

median() { awk -v k="$1" '{ print $k }' | sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

echo "Warming up..." >&2
build false > /dev/null
build true > /dev/null
: > "$work/without"
: > "$work/with"
for ((i = 1; i <= runs; i++)); do
  build false >> "$work/without"
  build true >> "$work/with"
  echo "run $i (wall cpu): without $(tail -1 "$work/without") s, with $(tail -1 "$work/with") s" >&2
done

without="$(median 1 < "$work/without")"
with="$(median 1 < "$work/with")"
without_cpu="$(median 2 < "$work/without")"
with_cpu="$(median 2 < "$work/with")"

# The compiler's own account of the analyzer (csc /reportanalyzer), from one more build.
dotnet build "$project" --no-restore --no-incremental -nologo -v:d -tl:off -nodeReuse:false \
  -p:UseSharedCompilation="$shared" -p:WithGovernanceAnalyzers=true -p:ReportAnalyzer=true > "$work/report.log" 2>&1
own="$(grep -E '^[[:space:]]+[0-9.]+[[:space:]]+[<0-9]+[[:space:]]+Participation\.Governance\.Analyzers,' "$work/report.log" | awk '{ print $1 }' | head -1 || true)"
total="$(grep -Eo 'Total analyzer execution time: [0-9.]+' "$work/report.log" | head -1 | grep -Eo '[0-9.]+$' || true)"
warnings="$(grep -Eo '[A-Za-z0-9]+\.cs\([0-9]+,[0-9]+\): warning GOV00[0-9]' "$work/report.log" | sort -u | grep -Eo 'GOV00[0-9]' | sort | uniq -c | awk '{ printf "%s × %s; ", $2, $1 }' || true)"
breakdown="$(grep -E 'Participation\.Governance\.Analyzers\.[A-Za-z]+Analyzer \(GOV' "$work/report.log" | sort -u | awk '{ printf "%s %s s; ", $NF, $1 }' || true)"

echo
echo "compiler server: $shared; per rule: $breakdown"
echo "| files | wall without (median of $runs) | wall with | wall ratio | CPU without | CPU with | CPU ratio | GOV analyzers' own time | all analyzers' time | diagnostics |"
echo "|---|---|---|---|---|---|---|---|---|---|"
awk -v f="$files" -v a="$without" -v b="$with" -v ca="$without_cpu" -v cb="$with_cpu" -v o="${own:-?}" -v t="${total:-?}" -v w="$warnings" \
  'BEGIN { printf "| %d | %.2f s | %.2f s | %.3f | %.2f s | %.2f s | %.3f (%+.1f %%) | %s s | %s s | %s |\n", f, a, b, b / a, ca, cb, cb / ca, (cb / ca - 1) * 100, o, t, w }'
