using System.Globalization;
using BenchmarkDotNet.Attributes;
using NodaTime;
using Participation.Governance.ThaiFormatting.Dates;
using Participation.Governance.ThaiFormatting.Numerals;

namespace Participation.Governance.Benchmarks.Dates;

/// <summary>
/// Formatting the official-style date <c>d MMMM yyyy</c> with Thai digits (๒๔ เมษายน ๒๕๖๓): ThaiDatePattern against
/// what applications do today, <see cref="DateTime.ToString(string, IFormatProvider)"/> under th-TH (whose default
/// calendar is ThaiBuddhistCalendar, so it writes BE years) followed by a digit replacement.
/// </summary>
[MemoryDiagnoser]
public class ThaiDatePatternBenchmarks
{
    private static readonly CultureInfo Thai = CultureInfo.GetCultureInfo("th-TH");
    private static readonly ThaiDatePattern Pattern = ThaiDatePattern.Create("d MMMM yyyy").WithDigits(DigitStyle.Thai);

    private readonly DateTime _dateTime = new(2020, 4, 24);
    private readonly LocalDate _date = new(2020, 4, 24);
    private readonly char[] _buffer = new char[64];
    private readonly byte[] _utf8Buffer = new byte[192];

    /// <summary>Checks that every benchmark writes the same text, and that th-TH really writes the BE year.</summary>
    [GlobalSetup]
    public void CheckSameOutput()
    {
        const string expected = "๒๔ เมษายน ๒๕๖๓";
        Pattern.TryFormat(_date, _buffer, out var written);
        var utf8Written = TryFormatUtf8();
        if (ToStringThenReplaceDigits() != expected || ToStringThenReplaceChain() != expected || Format() != expected || new string(_buffer, 0, written) != expected
            || System.Text.Encoding.UTF8.GetString(_utf8Buffer, 0, utf8Written) != expected)
        {
            throw new InvalidOperationException($"The benchmarks disagree (th-TH wrote \"{_dateTime.ToString("d MMMM yyyy", Thai)}\"); expected \"{expected}\".");
        }
    }

    /// <summary>The anchor: th-TH <c>ToString</c>, then one pass mapping ASCII digits to Thai ones.</summary>
    [Benchmark(Baseline = true)]
    public string ToStringThenReplaceDigits()
    {
        var text = _dateTime.ToString("d MMMM yyyy", Thai);
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] is >= '0' and <= '9')
            {
                chars[i] = (char)(chars[i] + ('๐' - '0'));
            }
        }

        return new string(chars);
    }

    /// <summary>The common snippet: th-TH <c>ToString</c>, then ten <c>string.Replace</c> calls.</summary>
    [Benchmark]
    public string ToStringThenReplaceChain()
        => _dateTime.ToString("d MMMM yyyy", Thai)
            .Replace('0', '๐').Replace('1', '๑').Replace('2', '๒').Replace('3', '๓').Replace('4', '๔')
            .Replace('5', '๕').Replace('6', '๖').Replace('7', '๗').Replace('8', '๘').Replace('9', '๙');

    /// <summary>ThaiDatePattern.Format: allocates only the result string.</summary>
    [Benchmark]
    public string Format() => Pattern.Format(_date);

    /// <summary>ThaiDatePattern.TryFormat into a span: allocates nothing.</summary>
    [Benchmark]
    public int TryFormat()
    {
        Pattern.TryFormat(_date, _buffer, out var written);
        return written;
    }

    /// <summary>ThaiDatePattern.TryFormat into a UTF-8 span: allocates nothing.</summary>
    [Benchmark]
    public int TryFormatUtf8()
    {
        Pattern.TryFormat(_date, _utf8Buffer.AsSpan(), out var written);
        return written;
    }
}
