namespace Participation.Governance.ThaiFormatting.Words;

/// <summary>
/// Writes Thai number words into a caller's span, so that formatting allocates nothing but the final string.
/// Writing past the end sets <see cref="Overflowed"/> instead of throwing, and the caller reports failure.
/// </summary>
internal ref struct ThaiWordWriter
{
    /// <summary>Six digits per group: each group is what is read before one ล้าน.</summary>
    internal const int GroupSize = 1_000_000;

    internal const string Zero = "ศูนย์";
    internal const string Ed = "เอ็ด";
    internal const string Yi = "ยี่";
    internal const string Ten = "สิบ";
    internal const string Million = "ล้าน";
    internal const string Minus = "ลบ";
    internal const string Point = "จุด";

    /// <summary>The digit words ศูนย์ to เก้า, indexed by value.</summary>
    internal static readonly string[] DigitWords = ["ศูนย์", "หนึ่ง", "สอง", "สาม", "สี่", "ห้า", "หก", "เจ็ด", "แปด", "เก้า"];

    /// <summary>The place words inside a group, indexed by power of ten (1 = สิบ … 5 = แสน).</summary>
    internal static readonly string[] PlaceWords = ["", "สิบ", "ร้อย", "พัน", "หมื่น", "แสน"];

    private static readonly int[] PowersOfTen = [1, 10, 100, 1_000, 10_000, 100_000];

    private readonly Span<char> _buffer;
    private int _length;
    private bool _overflowed;

    public ThaiWordWriter(Span<char> buffer)
    {
        _buffer = buffer;
        _length = 0;
        _overflowed = false;
    }

    /// <summary>Gets the number of characters written so far.</summary>
    public readonly int Length => _length;

    /// <summary>Gets a value indicating whether some text did not fit.</summary>
    public readonly bool Overflowed => _overflowed;

    /// <summary>Gets the text written so far.</summary>
    public readonly ReadOnlySpan<char> Written => _buffer.Slice(0, _length);

    public void Append(string text)
    {
        if (_overflowed)
        {
            return;
        }

        if (text.Length > _buffer.Length - _length)
        {
            _overflowed = true;
            return;
        }

        text.AsSpan().CopyTo(_buffer.Slice(_length));
        _length += text.Length;
    }

    /// <summary>Writes a non-negative whole number given as six-digit groups, least significant first.</summary>
    /// <remarks>
    /// Every group but the last is followed by ล้าน, even when it is zero, which is how ล้าน repeats:
    /// 10^12 = หนึ่งล้านล้าน and 10^12 + 10^6 = หนึ่งล้านหนึ่งล้าน.
    /// </remarks>
    public void AppendWhole(scoped ReadOnlySpan<int> groupsLeastFirst, ThaiNumberStyle style)
    {
        var top = groupsLeastFirst.Length - 1;
        while (top > 0 && groupsLeastFirst[top] == 0)
        {
            top--;
        }

        if (top == 0 && groupsLeastFirst[0] == 0)
        {
            Append(Zero);
            return;
        }

        for (var i = top; i >= 0; i--)
        {
            var group = groupsLeastFirst[i];
            if (group != 0)
            {
                AppendGroup(group, anyHigherDigit: i < top, style);
            }

            if (i > 0)
            {
                Append(Million);
            }
        }
    }

    /// <summary>Writes the digits after จุด one by one (0.25 = …จุดสองห้า).</summary>
    public void AppendDigitsAfterPoint(scoped ReadOnlySpan<char> asciiDigits)
    {
        Append(Point);
        foreach (var c in asciiDigits)
        {
            Append(DigitWords[c - '0']);
        }
    }

    /// <summary>Writes one group from 1 to 999,999.</summary>
    /// <param name="group">The group's value.</param>
    /// <param name="anyHigherDigit">Whether a group before this one holds a non-zero digit (the Royal Institute rule looks there).</param>
    /// <param name="style">The เอ็ด convention.</param>
    private void AppendGroup(int group, bool anyHigherDigit, ThaiNumberStyle style)
    {
        for (var place = 5; place >= 2; place--)
        {
            var digit = group / PowersOfTen[place] % 10;
            if (digit != 0)
            {
                Append(DigitWords[digit]);
                Append(PlaceWords[place]);
            }
        }

        var tens = group / 10 % 10;
        if (tens == 2)
        {
            Append(Yi);
        }
        else if (tens > 2)
        {
            Append(DigitWords[tens]);
        }

        if (tens != 0)
        {
            Append(Ten);
        }

        var units = group % 10;
        if (units == 1)
        {
            var ed = style == ThaiNumberStyle.RoyalInstitute ? anyHigherDigit || group > 1 : tens != 0;
            Append(ed ? Ed : DigitWords[1]);
        }
        else if (units != 0)
        {
            Append(DigitWords[units]);
        }
    }
}
