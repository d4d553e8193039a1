using System.Collections.ObjectModel;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Text;
using NodaTime;
using Participation.Governance.Calendar;
using Participation.Governance.Text;
using Participation.Governance.ThaiFormatting.Numerals;

namespace Participation.Governance.ThaiFormatting.Dates;

/// <summary>
/// An immutable Thai date pattern: formats a <see cref="LocalDate"/> as Thai text with Buddhist-Era years,
/// and parses exactly the text it writes.
/// </summary>
/// <remarks>
/// <para>
/// Pattern letters (in the NodaTime / .NET style):
/// <c>d</c> day (1–31), <c>dd</c> day with two digits, <c>ddd</c> abbreviated weekday (อา. จ. อ. พ. พฤ. ศ. ส.),
/// <c>dddd</c> full weekday (วันศุกร์); <c>M</c> month number, <c>MM</c> with two digits, <c>MMM</c> abbreviated
/// month (เม.ย.), <c>MMMM</c> full month (เมษายน); <c>y</c> the Buddhist-Era year with as many digits as it needs
/// (ICU's <c>y</c>: 2563, 544), <c>yy</c> its last two digits, <c>yyy</c> / <c>yyyy</c> at least three / four digits,
/// zero-padded; <c>u</c>, <c>uu</c>, <c>uuu</c>, <c>uuuu</c> the same for the Gregorian (CE) year.
/// Text in single quotes is literal (<c>''</c> inside quotes is one quote), a backslash writes the next character
/// literally, and every other character that is not an ASCII letter or digit (Thai letters, spaces,
/// <c>/ . , - :</c> and so on) is literal as it stands. Other ASCII letters and unquoted digits are errors.
/// </para>
/// <para>
/// The standard patterns (<see cref="Full"/>, <see cref="Long"/>, <see cref="Medium"/>, <see cref="Short"/>,
/// <see cref="Official"/>) write what ICU writes for th-TH with the Buddhist calendar, for example 24 April 2020
/// as <c>วันศุกร์ที่ 24 เมษายน พ.ศ. 2563</c>; each has a Thai-digit form through <see cref="WithDigits"/>.
/// A negative BE year (CE −544 and earlier) is written with a leading minus sign.
/// </para>
/// <para>
/// Parsing reads exactly the pattern's own output, except that digits may be Arabic or Thai whatever
/// <see cref="Digits"/> says. A two-digit year (<c>yy</c>) is read as BE 2500–2599 (CE 1957–2056),
/// a two-digit CE year (<c>uu</c>) as CE 1957–2056: the window <see cref="TwoDigitYearWindowStart"/>.
/// A weekday in the text must match the date. A pattern without a day, a month or a year can format
/// but cannot parse.
/// </para>
/// </remarks>
/// <threadsafety>Instances are immutable and thread-safe.</threadsafety>
public sealed class ThaiDatePattern
{
    /// <summary>
    /// The first BE year of the century window for two-digit years: <c>yy</c> = 00–99 is read as BE 2500–2599
    /// (CE 1957–2056), and <c>uu</c> as CE 1957–2056.
    /// </summary>
    public const int TwoDigitYearWindowStart = 2500;

    /// <summary>Text of the pattern behind <see cref="Full"/>.</summary>
    private const string FullText = "ddddที่ d MMMM พ.ศ. y";

    private const int StackLimit = 256;

    private static readonly ThaiDatePattern FullPattern = CreateStandard(FullText);
    private static readonly ThaiDatePattern LongPattern = CreateStandard("d MMMM y");
    private static readonly ThaiDatePattern MediumPattern = CreateStandard("d MMM y");
    private static readonly ThaiDatePattern ShortPattern = CreateStandard("d/M/yy");
    private static readonly ThaiDatePattern OfficialPattern = CreateStandard("d MMMM พ.ศ. y");

    private readonly PatternElement[] _elements;
    private readonly int _maxLength;
    private readonly char _zero;

    private ThaiDatePattern(string patternText, PatternElement[] elements, DigitStyle digits, BuddhistEraRule eraRule)
    {
        PatternText = patternText;
        _elements = elements;
        Digits = digits;
        EraRule = eraRule;
        _zero = digits == DigitStyle.Thai ? '๐' : '0';
        foreach (var element in elements)
        {
            _maxLength += element.MaxLength;
        }
    }

    /// <summary>Gets the full pattern <c>ddddที่ d MMMM พ.ศ. y</c>: วันศุกร์ที่ 24 เมษายน พ.ศ. 2563.</summary>
    public static ThaiDatePattern Full => FullPattern;

    /// <summary>Gets the long pattern <c>d MMMM y</c>: 24 เมษายน 2563.</summary>
    public static ThaiDatePattern Long => LongPattern;

    /// <summary>Gets the medium pattern <c>d MMM y</c>: 24 เม.ย. 2563.</summary>
    public static ThaiDatePattern Medium => MediumPattern;

    /// <summary>Gets the short pattern <c>d/M/yy</c>: 24/4/63 (two-digit years are read in BE 2500–2599).</summary>
    public static ThaiDatePattern Short => ShortPattern;

    /// <summary>Gets the official pattern of government documents, <c>d MMMM พ.ศ. y</c>: 24 เมษายน พ.ศ. 2563.</summary>
    public static ThaiDatePattern Official => OfficialPattern;

    /// <summary>Gets the names <see cref="GetStandard"/> accepts: full, long, medium, short, official.</summary>
    public static IReadOnlyList<string> StandardNames { get; } = new ReadOnlyCollection<string>(["full", "long", "medium", "short", "official"]);

    /// <summary>Gets the pattern text this pattern was created from.</summary>
    public string PatternText { get; }

    /// <summary>Gets the digits numbers are written with.</summary>
    public DigitStyle Digits { get; }

    /// <summary>Gets the rule that gives a date its Buddhist-Era year.</summary>
    public BuddhistEraRule EraRule { get; }

    /// <summary>Creates a pattern, or reports what is wrong with the pattern text.</summary>
    /// <param name="patternText">The pattern text (see the remarks on <see cref="ThaiDatePattern"/>).</param>
    /// <returns>The pattern, with Arabic digits and the modern BE rule; or a failure naming the position and the problem.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="patternText"/> is null.</exception>
    public static ParseOutcome<ThaiDatePattern> TryCreate(string patternText)
    {
        Preconditions.CheckNotNull(patternText);
        var compiled = PatternElement.Compile(patternText);
        return compiled.Success
            ? ParseOutcome<ThaiDatePattern>.ForValue(new ThaiDatePattern(patternText, compiled.Value, DigitStyle.Arabic, BuddhistEraRule.Modern))
            : compiled.ConvertError<ThaiDatePattern>();
    }

    /// <summary>Creates a pattern.</summary>
    /// <param name="patternText">The pattern text (see the remarks on <see cref="ThaiDatePattern"/>).</param>
    /// <returns>The pattern, with Arabic digits and the modern BE rule.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="patternText"/> is null.</exception>
    /// <exception cref="ArgumentException">The pattern text is invalid; the message names the position and the problem.</exception>
    public static ThaiDatePattern Create(string patternText)
    {
        var result = TryCreate(patternText);
        if (!result.Success)
        {
            Preconditions.ThrowArgument(nameof(patternText), $"Invalid Thai date pattern \"{patternText}\": {result.Message}");
        }

        return result.Value;
    }

    /// <summary>Gets a standard pattern by name: full, long, medium, short or official (any letter case).</summary>
    /// <param name="name">The name.</param>
    /// <returns>The standard pattern, with Arabic digits and the modern BE rule.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is not a standard pattern name.</exception>
    public static ThaiDatePattern GetStandard(string name)
    {
        if (!TryGetStandard(Preconditions.CheckNotNull(name), out var pattern))
        {
            Preconditions.ThrowArgument(nameof(name), $"Unknown standard Thai date pattern \"{name}\": expected one of {string.Join(", ", StandardNames)}.");
        }

        return pattern;
    }

    /// <summary>Gets a standard pattern by name: full, long, medium, short or official (any letter case).</summary>
    /// <param name="name">The name.</param>
    /// <param name="pattern">The standard pattern, or null when the name is not one.</param>
    /// <returns>True when <paramref name="name"/> names a standard pattern.</returns>
#pragma warning disable CS0436 // On netstandard2.0 both this assembly and Participation.Governance (visible through InternalsVisibleTo) compile the same polyfill attribute.
    public static bool TryGetStandard(string? name, [NotNullWhen(true)] out ThaiDatePattern? pattern)
#pragma warning restore CS0436
    {
        pattern = name?.ToLowerInvariant() switch
        {
            "full" => Full,
            "long" => Long,
            "medium" => Medium,
            "short" => Short,
            "official" => Official,
            _ => null,
        };
        return pattern is not null;
    }

    /// <summary>Returns this pattern writing numbers with the given digits.</summary>
    /// <param name="digits">Arabic or Thai digits.</param>
    /// <returns>A pattern that differs from this one only in its digits (this one when they are the same).</returns>
    public ThaiDatePattern WithDigits(DigitStyle digits)
        => digits == Digits ? this : new ThaiDatePattern(PatternText, _elements, digits, EraRule);

    /// <summary>Returns this pattern using the given Buddhist-Era rule.</summary>
    /// <param name="eraRule">
    /// <see cref="BuddhistEraRule.Modern"/> (CE + 543), or <see cref="BuddhistEraRule.Historical"/> (the Thai year
    /// began on 1 April before 1941: 15 January 1940 is BE 2482).
    /// </param>
    /// <returns>A pattern that differs from this one only in its era rule (this one when it is the same).</returns>
    public ThaiDatePattern WithEraRule(BuddhistEraRule eraRule)
        => eraRule == EraRule ? this : new ThaiDatePattern(PatternText, _elements, Digits, eraRule);

    /// <summary>Formats a date.</summary>
    /// <param name="date">The date (its ISO year, month and day are used).</param>
    /// <returns>The text, for example <c>24 เมษายน พ.ศ. 2563</c>.</returns>
    public string Format(LocalDate date)
    {
        if (_maxLength <= StackLimit)
        {
            Span<char> buffer = stackalloc char[_maxLength];
            return buffer.Slice(0, FormatCore(date, buffer)).ToString();
        }

        var array = new char[_maxLength];
        return new string(array, 0, FormatCore(date, array));
    }

    /// <summary>Formats the date part of a <see cref="DateTime"/>.</summary>
    /// <param name="date">The date; its time of day and kind are ignored.</param>
    /// <returns>The text.</returns>
    public string Format(DateTime date) => Format(LocalDate.FromDateTime(date));

#if NET6_0_OR_GREATER
    /// <summary>Formats a <see cref="DateOnly"/>.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The text.</returns>
    public string Format(DateOnly date) => Format(LocalDate.FromDateOnly(date));
#endif

    /// <summary>Formats a date and appends the text to a builder.</summary>
    /// <param name="date">The date.</param>
    /// <param name="builder">The builder to append to.</param>
    /// <returns><paramref name="builder"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is null.</exception>
    public StringBuilder AppendFormat(LocalDate date, StringBuilder builder)
    {
        Preconditions.CheckNotNull(builder);
        Span<char> buffer = _maxLength <= StackLimit ? stackalloc char[_maxLength] : new char[_maxLength];
        var length = FormatCore(date, buffer);
#if NETSTANDARD2_0
        for (var i = 0; i < length; i++)
        {
            builder.Append(buffer[i]);
        }

        return builder;
#else
        return builder.Append(buffer.Slice(0, length));
#endif
    }

    /// <summary>Formats a date into a span of UTF-16 characters, without allocating.</summary>
    /// <param name="date">The date.</param>
    /// <param name="destination">Where to write.</param>
    /// <param name="charsWritten">The number of characters written, or 0 when the text does not fit.</param>
    /// <returns>True when the text fit; false (with nothing written) when <paramref name="destination"/> is too small.</returns>
    public bool TryFormat(LocalDate date, Span<char> destination, out int charsWritten)
    {
        if (destination.Length >= _maxLength)
        {
            charsWritten = FormatCore(date, destination);
            return true;
        }

        return TryFormatViaBuffer(date, destination, out charsWritten);
    }

    /// <summary>
    /// The path for a destination smaller than the longest possible text: format aside, then copy if it fits.
    /// Kept out of <see cref="TryFormat(LocalDate, Span{char}, out int)"/> so the common path has no stackalloc.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool TryFormatViaBuffer(LocalDate date, Span<char> destination, out int charsWritten)
    {
        Span<char> buffer = _maxLength <= StackLimit ? stackalloc char[_maxLength] : new char[_maxLength];
        var length = FormatCore(date, buffer);
        if (length > destination.Length)
        {
            charsWritten = 0;
            return false;
        }

        buffer.Slice(0, length).CopyTo(destination);
        charsWritten = length;
        return true;
    }

    /// <summary>Formats a date into a span as UTF-8, without allocating.</summary>
    /// <param name="date">The date.</param>
    /// <param name="utf8Destination">Where to write the UTF-8 bytes (a Thai character takes three).</param>
    /// <param name="bytesWritten">The number of bytes written, or 0 when the text does not fit.</param>
    /// <returns>True when the text fit; false (with nothing written) when <paramref name="utf8Destination"/> is too small.</returns>
    public bool TryFormat(LocalDate date, Span<byte> utf8Destination, out int bytesWritten)
    {
        Span<char> buffer = _maxLength <= StackLimit ? stackalloc char[_maxLength] : new char[_maxLength];
        var text = buffer.Slice(0, FormatCore(date, buffer));
        var needed = Utf8Length(text);
        if (needed > utf8Destination.Length)
        {
            bytesWritten = 0;
            return false;
        }

        bytesWritten = EncodeUtf8(text, utf8Destination);
        return true;
    }

    /// <summary>Parses text written by this pattern.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The date, or a failure naming the position and what was expected there.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public ParseOutcome<LocalDate> Parse(string text) => Parse(Preconditions.CheckNotNull(text).AsSpan());

    /// <summary>Parses text written by this pattern, without allocating on success.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The date, or a failure naming the position and what was expected there.</returns>
    public ParseOutcome<LocalDate> Parse(ReadOnlySpan<char> text)
    {
        // -1 = the pattern has no such field; 0 is a value the text can hold (and is then refused as a date).
        var day = -1;
        var month = -1;
        var buddhistYear = 0;
        var gregorianYear = 0;
        var hasBuddhistYear = false;
        var hasGregorianYear = false;
        var weekday = IsoDayOfWeek.None;
        var weekdayPosition = 0;
        var position = 0;
        foreach (var element in _elements)
        {
            var start = position;
            switch (element.Kind)
            {
                case PatternElementKind.Literal:
                    if (!text.Slice(position).StartsWith(element.Literal.AsSpan(), StringComparison.Ordinal))
                    {
                        return Fail($"Expected \"{element.Literal}\" at position {position}, found {ThaiDateNames.DescribeAt(text, position)}.", position);
                    }

                    position += element.Literal!.Length;
                    break;

                case PatternElementKind.Day:
                case PatternElementKind.Month:
                {
                    var digits = ReadDigits(text, ref position, 2, out var value);
                    if (digits == 0 || (element.Width == 2 && digits != 2))
                    {
                        return Fail($"Expected the {DescribeNumberField(element.Kind)} as {(element.Width == 2 ? "two digits" : "one or two digits")} at position {start}, found {ThaiDateNames.DescribeAt(text, start + digits)}.", start + digits);
                    }

                    if (element.Kind == PatternElementKind.Day)
                    {
                        day = value;
                    }
                    else
                    {
                        month = value;
                    }

                    break;
                }

                case PatternElementKind.MonthName:
                case PatternElementKind.MonthAbbreviation:
                {
                    var names = element.Kind == PatternElementKind.MonthName ? ThaiDateNames.MonthNames : ThaiDateNames.MonthAbbreviations;
                    var index = MatchName(text, position, names, 0);
                    if (index < 0)
                    {
                        return Fail($"Expected {(element.Kind == PatternElementKind.MonthName ? "a month name such as เมษายน" : "an abbreviated month such as เม.ย.")} at position {position}, found {ThaiDateNames.DescribeAt(text, position)}.", position);
                    }

                    month = index + 1;
                    position += names[index].Length;
                    break;
                }

                case PatternElementKind.WeekdayName:
                case PatternElementKind.WeekdayAbbreviation:
                {
                    var names = element.Kind == PatternElementKind.WeekdayName ? ThaiDateNames.WeekdayNames : ThaiDateNames.WeekdayAbbreviations;
                    var index = MatchName(text, position, names, 1);
                    if (index < 0)
                    {
                        return Fail($"Expected {(element.Kind == PatternElementKind.WeekdayName ? "a weekday such as วันศุกร์" : "an abbreviated weekday such as ศ.")} at position {position}, found {ThaiDateNames.DescribeAt(text, position)}.", position);
                    }

                    weekday = (IsoDayOfWeek)index;
                    weekdayPosition = position;
                    position += names[index].Length;
                    break;
                }

                default:
                {
                    if (!TryReadYear(text, ref position, element, out var year, out var message))
                    {
                        return Fail(message!, position);
                    }

                    if (element.Kind == PatternElementKind.BuddhistYear)
                    {
                        buddhistYear = year;
                        hasBuddhistYear = true;
                    }
                    else
                    {
                        gregorianYear = year;
                        hasGregorianYear = true;
                    }

                    break;
                }
            }
        }

        if (position < text.Length)
        {
            return Fail($"Expected the end of the text at position {position}, found {ThaiDateNames.DescribeAt(text, position)}.", position);
        }

        return Resolve(day, month, hasBuddhistYear, buddhistYear, hasGregorianYear, gregorianYear, weekday, weekdayPosition);
    }

    /// <inheritdoc />
    public override string ToString() => PatternText;

    private static ThaiDatePattern CreateStandard(string patternText)
        => new(patternText, PatternElement.Compile(patternText).Value, DigitStyle.Arabic, BuddhistEraRule.Modern);

    private ParseOutcome<LocalDate> Resolve(
        int day, int month, bool hasBuddhistYear, int buddhistYear, bool hasGregorianYear, int gregorianYear, IsoDayOfWeek weekday, int weekdayPosition)
    {
        if (day < 0 || month < 0 || !(hasBuddhistYear || hasGregorianYear))
        {
            return Fail($"The pattern \"{PatternText}\" has no {(day < 0 ? "day" : month < 0 ? "month" : "year")} field, so its text cannot be read back as a date.", 0);
        }

        LocalDate date;
        if (hasBuddhistYear)
        {
            if (!ThaiDateCalendar.TryBuild(buddhistYear, month, day, EraRule, out date, out var message))
            {
                return Fail(message!, 0);
            }

            if (hasGregorianYear && date.Year != gregorianYear)
            {
                return Fail($"The BE year {buddhistYear} and the CE year {gregorianYear} in the text disagree: {day}/{month}/BE {buddhistYear} is in CE {date.Year}.", 0);
            }
        }
        else if (!ThaiDateCalendar.TryBuildGregorian(gregorianYear, month, day, out date, out var message))
        {
            return Fail(message!, 0);
        }

        if (weekday != IsoDayOfWeek.None && weekday != date.DayOfWeek)
        {
            return Fail(ThaiDateCalendar.DescribeWeekdayMismatch(weekday, date), weekdayPosition);
        }

        return ParseOutcome<LocalDate>.ForValue(date);
    }

    /// <summary>Reads one year field; on failure <paramref name="position"/> is where the problem is.</summary>
    private static bool TryReadYear(ReadOnlySpan<char> text, ref int position, PatternElement element, out int year, out string? message)
    {
        var start = position;
        var negative = element.Width != 2 && position < text.Length && text[position] == '-';
        if (negative)
        {
            position++;
        }

        var digitsStart = position;
        var digits = ReadDigits(text, ref position, PatternElement.MaxYearDigits, out year);
        var era = element.Kind == PatternElementKind.BuddhistYear ? "BE" : "CE";
        if (digits == 0 || (element.Width == 2 ? digits != 2 : digits < element.Width))
        {
            var expected = element.Width switch
            {
                1 => "at least one digit",
                2 => "exactly two digits",
                _ => $"at least {element.Width} digits",
            };
            message = $"Expected the {era} year as {expected} at position {start}, found {ThaiDateNames.DescribeAt(text, digitsStart + digits)}.";
            position = digitsStart + digits;
            return false;
        }

        if (position < text.Length && ThaiDigits.GetDigitValue(text[position]) >= 0)
        {
            message = $"The {era} year at position {start} has more than {PatternElement.MaxYearDigits} digits.";
            position = start;
            return false;
        }

        if (element.Width == 2)
        {
            year = element.Kind == PatternElementKind.BuddhistYear
                ? ThaiDateCalendar.ExpandTwoDigitYear(year, TwoDigitYearWindowStart)
                : ThaiDateCalendar.ExpandTwoDigitYear(year, TwoDigitYearWindowStart - BuddhistEra.Offset);
        }
        else if (negative)
        {
            year = -year;
        }

        message = null;
        return true;
    }

    /// <summary>Reads up to <paramref name="maxDigits"/> Arabic or Thai digits; returns how many were read.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int ReadDigits(ReadOnlySpan<char> text, ref int position, int maxDigits, out int value)
    {
        value = 0;
        var count = 0;
        while (count < maxDigits && position < text.Length)
        {
            var digit = ThaiDigits.GetDigitValue(text[position]);
            if (digit < 0)
            {
                break;
            }

            value = (value * 10) + digit;
            position++;
            count++;
        }

        return count;
    }

    private static int MatchName(ReadOnlySpan<char> text, int position, string[] names, int first)
    {
        var rest = text.Slice(position);
        for (var i = first; i < names.Length; i++)
        {
            if (rest.StartsWith(names[i].AsSpan(), StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    private static string DescribeNumberField(PatternElementKind kind) => kind == PatternElementKind.Day ? "day" : "month number";

    private static ParseOutcome<LocalDate> Fail(string message, int position) => ParseOutcome<LocalDate>.ForFailure(message, position);

    /// <summary>Writes the date into <paramref name="destination"/>, which holds at least <see cref="_maxLength"/> characters.</summary>
    private int FormatCore(LocalDate date, Span<char> destination)
    {
        if (date.Calendar != CalendarSystem.Iso)
        {
            date = date.WithCalendar(CalendarSystem.Iso);
        }

        var position = 0;
        foreach (var element in _elements)
        {
            switch (element.Kind)
            {
                case PatternElementKind.Literal:
                    position = WriteText(destination, position, element.Literal!);
                    break;
                case PatternElementKind.Day:
                    position = WriteNumber(destination, position, date.Day, element.Width);
                    break;
                case PatternElementKind.Month:
                    position = WriteNumber(destination, position, date.Month, element.Width);
                    break;
                case PatternElementKind.MonthName:
                    position = WriteText(destination, position, ThaiDateNames.MonthNames[date.Month - 1]);
                    break;
                case PatternElementKind.MonthAbbreviation:
                    position = WriteText(destination, position, ThaiDateNames.MonthAbbreviations[date.Month - 1]);
                    break;
                case PatternElementKind.WeekdayName:
                    position = WriteText(destination, position, ThaiDateNames.WeekdayNames[(int)date.DayOfWeek]);
                    break;
                case PatternElementKind.WeekdayAbbreviation:
                    position = WriteText(destination, position, ThaiDateNames.WeekdayAbbreviations[(int)date.DayOfWeek]);
                    break;
                default:
                {
                    var year = element.Kind == PatternElementKind.BuddhistYear
                        ? BuddhistEra.GetYear(date, EraRule)
                        : date.Year;
                    if (element.Width == 2)
                    {
                        position = WriteNumber(destination, position, ((year % 100) + 100) % 100, 2);
                    }
                    else
                    {
                        if (year < 0)
                        {
                            destination[position++] = '-';
                            year = -year;
                        }

                        position = WriteNumber(destination, position, year, element.Width);
                    }

                    break;
                }
            }
        }

        return position;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int WriteText(Span<char> destination, int position, string text)
    {
        // The separators between fields are mostly one character: skip the copy call for them.
        if (text.Length == 1)
        {
            destination[position] = text[0];
            return position + 1;
        }

        text.AsSpan().CopyTo(destination.Slice(position));
        return position + text.Length;
    }

    /// <summary>Writes a non-negative number with at least <paramref name="minDigits"/> digits in this pattern's digit style.</summary>
    private int WriteNumber(Span<char> destination, int position, int value, int minDigits)
    {
        // Days and months: one or two digits, no loop.
        if (value < 100 && minDigits <= 2)
        {
            if (value >= 10 || minDigits == 2)
            {
                var tens = value / 10;
                destination[position] = (char)(_zero + tens);
                destination[position + 1] = (char)(_zero + (value - (tens * 10)));
                return position + 2;
            }

            destination[position] = (char)(_zero + value);
            return position + 1;
        }

        // Years have at most five digits (BE 10542).
        var digits = value < 1000 ? 3 : value < 10000 ? 4 : 5;
        if (digits < minDigits)
        {
            digits = minDigits;
        }

        var zero = _zero;
        for (var i = position + digits - 1; i >= position; i--)
        {
            var quotient = value / 10;
            destination[i] = (char)(zero + (value - (quotient * 10)));
            value = quotient;
        }

        return position + digits;
    }

    private static int Utf8Length(ReadOnlySpan<char> text)
    {
        var length = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < 0x80)
            {
                length++;
            }
            else if (c < 0x800)
            {
                length += 2;
            }
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                length += 4;
                i++;
            }
            else
            {
                // Other characters, and a lone surrogate (written as U+FFFD), take three bytes.
                length += 3;
            }
        }

        return length;
    }

    private static int EncodeUtf8(ReadOnlySpan<char> text, Span<byte> destination)
    {
        var j = 0;
        for (var i = 0; i < text.Length; i++)
        {
            int c = text[i];
            if (c < 0x80)
            {
                destination[j++] = (byte)c;
            }
            else if (c < 0x800)
            {
                destination[j++] = (byte)(0xC0 | (c >> 6));
                destination[j++] = (byte)(0x80 | (c & 0x3F));
            }
            else if (char.IsHighSurrogate((char)c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                var scalar = char.ConvertToUtf32((char)c, text[++i]);
                destination[j++] = (byte)(0xF0 | (scalar >> 18));
                destination[j++] = (byte)(0x80 | ((scalar >> 12) & 0x3F));
                destination[j++] = (byte)(0x80 | ((scalar >> 6) & 0x3F));
                destination[j++] = (byte)(0x80 | (scalar & 0x3F));
            }
            else
            {
                if (char.IsSurrogate((char)c))
                {
                    c = 0xFFFD;
                }

                destination[j++] = (byte)(0xE0 | (c >> 12));
                destination[j++] = (byte)(0x80 | ((c >> 6) & 0x3F));
                destination[j++] = (byte)(0x80 | (c & 0x3F));
            }
        }

        return j;
    }
}
