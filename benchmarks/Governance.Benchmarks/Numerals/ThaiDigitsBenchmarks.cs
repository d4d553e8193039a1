using System.Text;
using BenchmarkDotNet.Attributes;
using Participation.Governance.ThaiFormatting.Numerals;

namespace Participation.Governance.Benchmarks.Numerals;

/// <summary>
/// <see cref="ThaiDigits"/> over 1 MiB (1,048,576 UTF-16 characters) of mixed Thai and ASCII text in which about one
/// character in eight is a digit, against ten chained <c>string.Replace</c> calls (the anchor) and a plain copy of
/// the same buffer (the speed limit).
/// </summary>
[MemoryDiagnoser]
public class ThaiDigitsBenchmarks
{
    private const int Length = 1 << 20;

    private string _text = string.Empty;
    private char[] _buffer = [];

    /// <summary>Builds the text once: a typical announcement line, repeated.</summary>
    [GlobalSetup]
    public void Setup()
    {
        const string line = "ประกาศ ที่ 92/2563 เรื่อง การรับฟังความคิดเห็น ข้อ 1.1 วันที่ 24 เมษายน 2563 งบประมาณ 1,250,000 บาท\n";
        var builder = new StringBuilder(Length + line.Length);
        while (builder.Length < Length)
        {
            builder.Append(line);
        }

        _text = builder.ToString(0, Length);
        _buffer = new char[Length];
    }

    /// <summary>The anchor: what code without this library writes.</summary>
    [Benchmark(Baseline = true)]
    public string ChainedStringReplace() => _text
        .Replace("0", "๐").Replace("1", "๑").Replace("2", "๒").Replace("3", "๓").Replace("4", "๔")
        .Replace("5", "๕").Replace("6", "๖").Replace("7", "๗").Replace("8", "๘").Replace("9", "๙");

    /// <summary>Ours, to a new string.</summary>
    [Benchmark]
    public string ToThaiString() => ThaiDigits.ToThai(_text);

    /// <summary>Ours, into a preallocated buffer.</summary>
    [Benchmark]
    public char[] ToThaiSpan()
    {
        ThaiDigits.ToThai(_text.AsSpan(), _buffer, out _);
        return _buffer;
    }

    /// <summary>
    /// The floor for any method that returns a new string: allocating a string of the same length, which on a
    /// 1 Mi-character text is a large-object-heap allocation and its share of gen-2 collections.
    /// </summary>
    [Benchmark]
    public string AllocateStringOnly() => new(' ', Length);

    /// <summary>The speed limit: copying the same characters without looking at them.</summary>
    [Benchmark]
    public char[] SpanCopyTo()
    {
        _text.AsSpan().CopyTo(_buffer);
        return _buffer;
    }
}
