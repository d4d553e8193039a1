using System.Collections.ObjectModel;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Text;
using NodaTime;
using NodaTime.Text;
using Participation.Governance.Calendar;
using Participation.Governance.Text;
using Participation.Governance.ThaiFormatting.Numerals;
using Participation.Governance.ThaiFormatting.Text;

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
/// literally, and every other character that is not an ASCII letter or a digit (Thai letters, spaces,
/// <c>/ . , - :</c> and so on) is literal as it stands. Other ASCII letters and unquoted digits (Arabic or Thai) are
/// errors. So that every pattern reads back what it writes, a number field of variable width (<c>d</c>, <c>M</c>,
/// <c>y</c>, <c>yyyy</c>…) may not be followed directly by another number or by literal text that starts with a
/// digit, and literal text may not hold half of a surrogate pair: <see cref="TryCreate"/> refuses such patterns.
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
/// <para>
/// A pattern is also a NodaTime <see cref="IPattern{T}"/> of <see cref="LocalDate"/>, so it plugs into code written
/// for NodaTime's patterns, such as the pattern-based JSON converters of NodaTime.Serialization. Through that
/// interface <c>Parse</c> returns NodaTime's <see cref="ParseResult{T}"/> (see <see cref="ParseOutcome{T}.ToNodaTime"/>).
/// </para>
/// </remarks>
/// <threadsafety>Instances are immutable and thread-safe.</threadsafety>
public sealed class ThaiDatePattern : IPattern<LocalDate>
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
    private readonly ThaiDatePatternFormatter _formatter;
    private readonly ThaiDatePatternParser _parser;

    /// <summary>The most characters any date's text takes; read on every format call, so kept here rather than behind <see cref="_formatter"/>.</summary>
    private readonly int _maxLength;

    private ThaiDatePattern(string patternText, PatternElement[] elements, DigitStyle digits, BuddhistEraRule eraRule)
    {
        PatternText = patternText;
        _elements = elements;
        Digits = digits;
        EraRule = eraRule;
        _formatter = new ThaiDatePatternFormatter(elements, digits, eraRule);
        _parser = new ThaiDatePatternParser(patternText, elements, eraRule);
        _maxLength = _formatter.MaxLength;
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
        var compiled = ThaiDatePatternCompiler.Compile(patternText);
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
            Preconditions.ThrowArgument(nameof(patternText), $"Invalid Thai date pattern {TextExcerpt.Quote(patternText)}: {result.Message}");
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
            Preconditions.ThrowArgument(nameof(name), $"Unknown standard Thai date pattern {TextExcerpt.Quote(name)}: expected one of {string.Join(", ", StandardNames)}.");
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
            return buffer.Slice(0, _formatter.Format(date, buffer)).ToString();
        }

        var array = new char[_maxLength];
        return new string(array, 0, _formatter.Format(date, array));
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
        var length = _formatter.Format(date, buffer);
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
            charsWritten = _formatter.Format(date, destination);
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
        var length = _formatter.Format(date, buffer);
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
        var text = buffer.Slice(0, _formatter.Format(date, buffer));
        return Utf8Writer.TryWrite(text, utf8Destination, out bytesWritten);
    }

    /// <summary>Parses text written by this pattern.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The date, or a failure naming the position and what was expected there.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public ParseOutcome<LocalDate> Parse(string text) => Parse(Preconditions.CheckNotNull(text).AsSpan());

    /// <summary>Parses text written by this pattern, without allocating on success.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The date, or a failure naming the position and what was expected there.</returns>
    public ParseOutcome<LocalDate> Parse(ReadOnlySpan<char> text) => _parser.Parse(text);

    /// <summary>
    /// Parses text for code written against NodaTime's <see cref="IPattern{T}"/> (serializers, model binders): the
    /// same reading as <see cref="Parse(string)"/>, as NodaTime's <see cref="ParseResult{T}"/>. As with NodaTime's own
    /// patterns, null text is a failure whose exception is an <see cref="ArgumentNullException"/>, and the exception of
    /// any other failure is an <see cref="UnparsableValueException"/> carrying this pattern's message.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <returns>NodaTime's result: the date, or the failure.</returns>
    ParseResult<LocalDate> IPattern<LocalDate>.Parse(string text)
        => text is null
            ? ParseResult<LocalDate>.ForException(() => new ArgumentNullException(nameof(text)))
            : Parse(text.AsSpan()).ToNodaTime(text);

    /// <inheritdoc />
    public override string ToString() => PatternText;

    private static ThaiDatePattern CreateStandard(string patternText)
        => new(patternText, ThaiDatePatternCompiler.Compile(patternText).Value, DigitStyle.Arabic, BuddhistEraRule.Modern);
}
