using System.CommandLine;
using System.Globalization;
using NodaTime;
using Participation.Governance.Calendar;
using Participation.Governance.ThaiFormatting.Numerals;

namespace Participation.Governance.Cli.Commands;

/// <summary>
/// <c>governance year N --from ce|be|rs --to ce|be|rs [--month M] [--historical]</c>: converts years between
/// the Common Era, the Buddhist Era and the Rattanakosin era, following the batch rule.
/// </summary>
/// <remarks>
/// Where the answer depends on the month (the Rattanakosin year and, under the historical rule, the BE
/// year began on 1 April), a year without <c>--month</c> converts only when every month of it gives the
/// same answer; otherwise its line is an error naming the candidates, rather than a silent guess.
/// </remarks>
internal static class YearCommand
{
    private static readonly string[] MonthNames =
    [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ];

    private enum Era
    {
        Ce,
        Be,
        Rs,
    }

    public static Command Create(CliConsole console)
    {
        var years = new Argument<string[]>("years")
        {
            Arity = ArgumentArity.ZeroOrMore,
            Description = "Years to convert, such as 2563 or ๒๕๖๓; with none, one per line from standard input.",
        };
        var from = CreateEraOption("--from", "The era of the given years: ce (ค.ศ.), be (พ.ศ.) or rs (ร.ศ.).");
        var to = CreateEraOption("--to", "The era to convert to: ce, be or rs.");
        var month = new Option<int?>("--month", "-m")
        {
            Description = "The month (1–12) the year refers to; needed when the answer depends on it (rs, or be with --historical, before 1941).",
        };
        var historical = new Option<bool>("--historical")
        {
            Description = "Use the historical Buddhist-Era rule: before 1941 the Thai year began on 1 April.",
        };
        var command = new Command("year", "Convert years between ce, be and rs, e.g. year 2563 --from be --to ce → 2020.");
        command.Arguments.Add(years);
        command.Options.Add(from);
        command.Options.Add(to);
        command.Options.Add(month);
        command.Options.Add(historical);
        command.SetAction(parseResult =>
        {
            var source = ReadEra(parseResult.GetValue(from));
            var target = ReadEra(parseResult.GetValue(to));
            var chosenMonth = parseResult.GetValue(month);
            if (chosenMonth is < 1 or > 12)
            {
                throw new UsageException($"--month must be 1–12; got {chosenMonth}.");
            }

            var isHistorical = parseResult.GetValue(historical);
            if (isHistorical && source != Era.Be && target != Era.Be)
            {
                throw new UsageException("--historical changes only Buddhist-Era years: use it with --from be or --to be.");
            }

            var rule = isHistorical ? BuddhistEraRule.Historical : BuddhistEraRule.Modern;
            return Batch.Run(console, parseResult.GetValue(years), value => ConvertLine(value, source, target, chosenMonth, rule));
        });
        return command;
    }

    private static Option<string> CreateEraOption(string name, string description)
    {
        var option = new Option<string>(name)
        {
            Description = description,
            Required = true,
            HelpName = "ce|be|rs",
        };

        // A validator rather than AcceptOnlyFromAmong, whose message spans several lines: errors are one line.
        option.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string>();
            if (value is not ("ce" or "be" or "rs"))
            {
                result.AddError($"{name} must be ce, be or rs; got '{value}'.");
            }
        });
        return option;
    }

    private static Era ReadEra(string? name) => name switch
    {
        "ce" => Era.Ce,
        "be" => Era.Be,
        _ => Era.Rs,
    };

    private static Batch.Line ConvertLine(string value, Era source, Era target, int? month, BuddhistEraRule rule)
    {
        if (!int.TryParse(ThaiDigits.ToArabic(value.Trim()), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var year))
        {
            return Batch.Line.Error($"'{value}' is not a year (expected a whole number such as 2563).");
        }

        if (month is { } m)
        {
            return TryToGregorian(year, m, source, rule, out var gregorianYear, out var error)
                && TryFromGregorian(gregorianYear, m, target, rule, out var result, out error)
                ? Batch.Line.Ok(result.ToString(CultureInfo.InvariantCulture))
                : Batch.Line.Error($"{error}.");
        }

        // Without a month, convert each month of the year and accept only a single answer.
        var results = new int?[12];
        string? sourceError = null;
        var anyInSource = false;
        for (var i = 0; i < 12; i++)
        {
            if (!TryToGregorian(year, i + 1, source, rule, out var gregorianYear, out var error))
            {
                sourceError ??= error;
                continue;
            }

            anyInSource = true;
            if (TryFromGregorian(gregorianYear, i + 1, target, rule, out var result, out _))
            {
                results[i] = result;
            }
        }

        var answers = results.Where(r => r.HasValue).Select(r => r!.Value).Distinct().ToList();
        if (answers.Count == 0)
        {
            // Only the Rattanakosin era can refuse every month of a valid year: its span is 24 years.
            return Batch.Line.Error(anyInSource
                ? $"{Name(source)} {year} has no month within the Rattanakosin era's civil use (1889-04-01 to 1913-03-31)."
                : $"{sourceError}.");
        }

        if (answers.Count == 1)
        {
            return Batch.Line.Ok(answers[0].ToString(CultureInfo.InvariantCulture));
        }

        var candidates = answers.Select(answer => $"{Name(target)} {answer} in {DescribeMonths(results, answer)}");
        return Batch.Line.Error($"{Name(source)} {year} is {string.Join(" and ", candidates)}{RuleNote(source, target, rule)}; give --month to choose.");
    }

    private static bool TryToGregorian(int year, int month, Era source, BuddhistEraRule rule, out int gregorianYear, out string error)
    {
        error = string.Empty;
        switch (source)
        {
            case Era.Ce:
                gregorianYear = year;
                if (year < LocalDate.MinIsoValue.Year || year > LocalDate.MaxIsoValue.Year)
                {
                    error = $"CE year {year} is outside the supported range -9998 to 9999";
                    return false;
                }

                return true;
            case Era.Be:
                if (!BuddhistEra.TryToGregorianYear(year, month, rule, out gregorianYear))
                {
                    error = rule == BuddhistEraRule.Historical && year == BuddhistEra.ShortYear && month <= 3
                        ? $"{MonthNames[month - 1]} BE {year} did not exist under the historical rule: BE {year} ran only from 1 April to 31 December 1940"
                        : $"BE year {year} is outside the supported range {BuddhistEra.MinYear} to {BuddhistEra.MaxYear}";
                    return false;
                }

                return true;
            default:
                if (!RattanakosinEra.TryToGregorianYear(year, month, out gregorianYear))
                {
                    error = $"RS year {year} is outside the era's civil use, ร.ศ. {RattanakosinEra.FirstYear}–{RattanakosinEra.LastYear} (1889-04-01 to 1913-03-31)";
                    return false;
                }

                return true;
        }
    }

    private static bool TryFromGregorian(int gregorianYear, int month, Era target, BuddhistEraRule rule, out int result, out string error)
    {
        error = string.Empty;
        switch (target)
        {
            case Era.Ce:
                result = gregorianYear;
                return true;
            case Era.Be:
                result = BuddhistEra.ToBuddhistYear(gregorianYear, month, rule);
                return true;
            default:
                if (!RattanakosinEra.TryGetYear(new LocalDate(gregorianYear, month, 1), out result))
                {
                    error = $"{MonthNames[month - 1]} {gregorianYear} is outside the Rattanakosin era's civil use (1889-04-01 to 1913-03-31)";
                    return false;
                }

                return true;
        }
    }

    private static string DescribeMonths(int?[] results, int answer)
    {
        var ranges = new List<string>();
        for (var i = 0; i < 12; i++)
        {
            if (results[i] != answer)
            {
                continue;
            }

            var last = i;
            while (last + 1 < 12 && results[last + 1] == answer)
            {
                last++;
            }

            ranges.Add(last == i ? MonthNames[i] : $"{MonthNames[i]}–{MonthNames[last]}");
            i = last;
        }

        return string.Join(", ", ranges);
    }

    private static string RuleNote(Era source, Era target, BuddhistEraRule rule)
        => rule == BuddhistEraRule.Historical && (source == Era.Be || target == Era.Be) ? " under the historical rule" : string.Empty;

    private static string Name(Era era) => era switch
    {
        Era.Ce => "CE",
        Era.Be => "BE",
        _ => "RS",
    };
}
